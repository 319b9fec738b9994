package org.jmlir.ir.attr;

import java.util.Objects;

/** A name bound to an attribute, an entry of a {@link DictionaryAttr}. */
public record NamedAttribute(String name, Attribute value) implements Comparable<NamedAttribute> {
    public NamedAttribute {
        Objects.requireNonNull(name);
        Objects.requireNonNull(value);
    }

    @Override
    public int compareTo(NamedAttribute o) { return DictionaryAttr.compareNames(name, o.name); }
}

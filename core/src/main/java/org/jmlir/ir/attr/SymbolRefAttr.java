package org.jmlir.ir.attr;

import java.util.List;
import java.util.Objects;

/** {@code @root::@nested::@leaf}; flat when there are no nested references. */
public record SymbolRefAttr(String rootReference, List<String> nestedReferences) implements BuiltinAttribute {
    public SymbolRefAttr {
        Objects.requireNonNull(rootReference);
        nestedReferences = List.copyOf(nestedReferences);
    }

    public static SymbolRefAttr flat(String name) { return new SymbolRefAttr(name, List.of()); }

    public boolean isFlat() { return nestedReferences.isEmpty(); }

    /** The last name of the path: the symbol itself. */
    public String leafReference() {
        return nestedReferences.isEmpty() ? rootReference : nestedReferences.get(nestedReferences.size() - 1);
    }
}

package org.jmlir.ods;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jmlir.asm.AsmParser;
import org.jmlir.ir.attr.Attribute;

/**
 * A constraint on an attribute value, with the summary quoted by verifier messages. {@code strippedParser}, when
 * set, parses the attribute's parameters alone (after the mnemonic would be), which is how assembly formats spell a
 * dialect attribute whose kind the op implies ({@code arith.addi %a, %b overflow<nsw>}).
 */
public record AttrConstraint(String summary, Predicate<Attribute> predicate, Function<AsmParser, Attribute> strippedParser) {
    public AttrConstraint {
        Objects.requireNonNull(summary);
        Objects.requireNonNull(predicate);
    }

    public AttrConstraint(String summary, Predicate<Attribute> predicate) {
        this(summary, predicate, null);
    }

    public static final AttrConstraint ANY = new AttrConstraint("any attribute", a -> true);

    public boolean test(Attribute a) { return predicate.test(a); }
}

package org.jmlir.ods;

import java.util.Objects;
import org.jmlir.ir.Operation;

/**
 * A property of an op kind that generic code can rely on, optionally with a structural check the verifier runs.
 * Traits compare by name (parametric traits include their parameters in the name).
 */
public final class Trait {
    public static final Trait TERMINATOR = new Trait("Terminator");
    public static final Trait PURE = new Trait("Pure");
    public static final Trait COMMUTATIVE = new Trait("Commutative");
    public static final Trait ISOLATED_FROM_ABOVE = new Trait("IsolatedFromAbove");
    public static final Trait SYMBOL_TABLE = new Trait("SymbolTable");
    public static final Trait SYMBOL = new Trait("Symbol");
    public static final Trait NO_TERMINATOR = new Trait("NoTerminator");
    public static final Trait SINGLE_BLOCK = new Trait("SingleBlock");
    public static final Trait RETURN_LIKE = new Trait("ReturnLike");
    public static final Trait CONSTANT_LIKE = new Trait("ConstantLike");
    public static final Trait AFFINE_SCOPE = new Trait("AffineScope");
    public static final Trait AUTOMATIC_ALLOCATION_SCOPE = new Trait("AutomaticAllocationScope");
    public static final Trait RECURSIVE_MEMORY_EFFECTS = new Trait("RecursiveMemoryEffects");
    /** Regions are graph regions: no dominance requirement, no terminator requirement (RegionKindInterface). */
    public static final Trait GRAPH_REGIONS = new Trait("HasOnlyGraphRegion");
    public static final Trait ELEMENTWISE = new Trait("Elementwise");
    public static final Trait SAME_OPERANDS_AND_RESULT_TYPE = new Trait("SameOperandsAndResultType",
        Traits::verifySameOperandsAndResultType);
    public static final Trait SAME_OPERANDS_AND_RESULT_SHAPE = new Trait("SameOperandsAndResultShape",
        Traits::verifySameOperandsAndResultShape);
    public static final Trait SAME_TYPE_OPERANDS = new Trait("SameTypeOperands", Traits::verifySameTypeOperands);
    public static final Trait SAME_OPERANDS_AND_RESULT_ELEMENT_TYPE = new Trait("SameOperandsAndResultElementType",
        Traits::verifySameOperandsAndResultElementType);

    private final String name;
    private final OpVerifier verifier;

    public Trait(String name) {
        this(name, null);
    }

    public Trait(String name, OpVerifier verifier) {
        this.name = Objects.requireNonNull(name);
        this.verifier = verifier;
    }

    /** {@code HasParent<a, b>}: the op must be directly nested in one of the named ops. */
    public static Trait hasParent(String... parents) {
        return new Trait("HasParent<" + String.join(", ", parents) + ">", op -> Traits.verifyHasParent(op, parents));
    }

    /** {@code SingleBlockImplicitTerminator<t>}: single-block regions ending with {@code t}. */
    public static Trait singleBlockImplicitTerminator(String terminator) {
        return new Trait("SingleBlockImplicitTerminator<" + terminator + ">");
    }

    /** The terminator an implicit-terminator trait names, or null. */
    public String implicitTerminator() {
        String p = "SingleBlockImplicitTerminator<";
        return name.startsWith(p) ? name.substring(p.length(), name.length() - 1) : null;
    }

    public String name() { return name; }

    public OpVerifier verifier() { return verifier; }

    @Override public boolean equals(Object o) { return o instanceof Trait t && t.name.equals(name); }

    @Override public int hashCode() { return name.hashCode(); }

    @Override public String toString() { return name; }
}

package org.jmlir.ods;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jmlir.ir.Operation;

/**
 * A property of an op kind that generic code can rely on, optionally with checks the verifier runs: {@code verifier}
 * before nested ops are verified (MLIR's verifyTrait), {@code regionVerifier} after them (verifyRegionTrait).
 * Structural traits are checked before the op's declared operands, attributes and regions, as MLIR's
 * StructuralOpTrait: later checks may then rely on the op's shape. Traits compare by name (parametric traits include
 * their parameters in the name).
 */
public final class Trait {
    public static final Trait TERMINATOR = new Trait("Terminator", Traits::verifyIsTerminator);
    public static final Trait PURE = new Trait("Pure");
    /** f(f(x)) = f(x), and f(x, x) = x for ops with several operands. */
    public static final Trait IDEMPOTENT = new Trait("Idempotent");
    /** f(f(x)) = x. */
    public static final Trait INVOLUTION = new Trait("Involution");
    public static final Trait COMMUTATIVE = new Trait("Commutative");
    public static final Trait ISOLATED_FROM_ABOVE = new Trait("IsolatedFromAbove", null,
        IsolationVerifier::verify, false);
    public static final Trait SYMBOL_TABLE = new Trait("SymbolTable", null, SymbolVerifier::verifySymbolTable, false);
    public static final Trait SYMBOL = new Trait("Symbol", SymbolVerifier::verifySymbol);
    public static final Trait NO_TERMINATOR = new Trait("NoTerminator", null, null, true);
    public static final Trait SINGLE_BLOCK = new Trait("SingleBlock", Traits::verifySingleBlock, null, true);
    /** Non-empty regions have no entry block arguments. */
    public static final Trait NO_REGION_ARGUMENTS = new Trait("NoRegionArguments", Traits::verifyNoRegionArguments,
        null, true);
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

    /**
     * Dense ids by name: traits equal by name share an id, so definitions test membership with a bit. In a holder
     * class: the trait constants above are made during Trait's own static initialization.
     */
    private static final class Ids {
        static final ConcurrentHashMap<String, Integer> BY_NAME = new ConcurrentHashMap<>();
        static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();
    }

    private final String name;
    private final int id;
    private final String implicitTerminator;
    private final OpVerifier verifier;
    private final OpVerifier regionVerifier;
    private final boolean structural;

    public Trait(String name) {
        this(name, null);
    }

    public Trait(String name, OpVerifier verifier) {
        this(name, verifier, null, false);
    }

    /**
     * A trait with a check before nested ops are verified ({@code verifier}), one after ({@code regionVerifier}),
     * either may be null; {@code structural} traits are checked before the op's declared invariants.
     */
    public Trait(String name, OpVerifier verifier, OpVerifier regionVerifier, boolean structural) {
        this.name = Objects.requireNonNull(name);
        this.verifier = verifier;
        this.regionVerifier = regionVerifier;
        this.structural = structural;
        this.id = Ids.BY_NAME.computeIfAbsent(name, k -> Ids.NEXT.getAndIncrement());
        String p = "SingleBlockImplicitTerminator<";
        this.implicitTerminator = name.startsWith(p) ? name.substring(p.length(), name.length() - 1) : null;
    }

    /** {@code HasParent<a, b>}: the op must be directly nested in one of the named ops. */
    public static Trait hasParent(String... parents) {
        return new Trait("HasParent<" + String.join(", ", parents) + ">", op -> Traits.verifyHasParent(op, parents),
            null, true);
    }

    /**
     * {@code SingleBlockImplicitTerminator<t>}: single-block regions ending with {@code t}. Implies the checks of
     * {@link #SINGLE_BLOCK}; the terminator is checked once nested ops are verified, as MLIR does.
     */
    public static Trait singleBlockImplicitTerminator(String terminator) {
        return new Trait("SingleBlockImplicitTerminator<" + terminator + ">", Traits::verifySingleBlock,
            op -> Traits.verifyImplicitTerminator(op, terminator), true);
    }

    /** The terminator an implicit-terminator trait names, or null. */
    public String implicitTerminator() { return implicitTerminator; }

    /** The id shared by every trait of this name (dense, from 0). */
    int id() { return id; }

    /** The id of the trait named {@code name}, or -1 when no such trait was ever made. */
    static int idOf(String name) {
        Integer i = Ids.BY_NAME.get(name);
        return i == null ? -1 : i;
    }

    public String name() { return name; }

    public OpVerifier verifier() { return verifier; }

    /** The check that runs after the op's nested ops were verified, or null. */
    public OpVerifier regionVerifier() { return regionVerifier; }

    /** Whether the verifier checks this trait before the op's declared operands, attributes and regions. */
    public boolean isStructural() { return structural; }

    @Override public boolean equals(Object o) { return o instanceof Trait t && t.name.equals(name); }

    @Override public int hashCode() { return name.hashCode(); }

    @Override public String toString() { return name; }
}

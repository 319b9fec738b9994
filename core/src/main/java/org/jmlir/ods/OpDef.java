package org.jmlir.ods;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.rewrite.RewritePattern;

/**
 * The declaration of an op kind, in the spirit of MLIR's ODS: operands, results, inherent attributes, regions and
 * successors with their constraints, traits, interfaces, an optional extra verifier and either an assembly format
 * in MLIR's format language or a hand-written {@link CustomAssembly}. The verifier checks everything declared here
 * (see {@link DefVerifier}); the textual format derives the custom parser and printer from the format string.
 */
public final class OpDef {
    /** Name of the property that holds the sizes of variadic operand groups when there are several. */
    public static final String OPERAND_SEGMENT_SIZES = "operandSegmentSizes";
    public static final String RESULT_SEGMENT_SIZES = "resultSegmentSizes";

    private final String name;
    private final String summary;
    private final List<ValueDef> operands;
    private final List<ValueDef> results;
    private final List<AttrDef> attributes;
    private final List<RegionDef> regions;
    private final List<SuccessorDef> successors;
    private final Set<Trait> traits;
    /** Bit {@code Trait.id()} set for each trait: membership in O(1), by name as Trait.equals. */
    private final long[] traitBits;
    private final String implicitTerminator;
    private final Map<Class<?>, Object> interfaces;
    private final OpVerifier verifier;
    private final OpVerifier regionVerifier;
    private final String assemblyFormat;
    private final CustomAssembly customAssembly;
    private final FoldHook folder;
    private final List<RewritePattern> canonicalizationPatterns;
    private final Map<String, AttrDef> attributesByName = new LinkedHashMap<>();
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();
    private volatile Object[] derivedHot = new Object[0];

    private OpDef(Builder b) {
        this.name = b.name;
        this.summary = b.summary;
        this.operands = List.copyOf(b.operands);
        this.results = List.copyOf(b.results);
        this.regions = List.copyOf(b.regions);
        this.successors = List.copyOf(b.successors);
        this.traits = Collections.unmodifiableSet(new LinkedHashSet<>(b.traits));
        int maxId = 0;
        String implicit = null;
        for (Trait t : traits) {
            maxId = Math.max(maxId, t.id());
            if (t.implicitTerminator() != null) implicit = t.implicitTerminator();
        }
        this.traitBits = new long[maxId / 64 + 1];
        for (Trait t : traits) traitBits[t.id() >>> 6] |= 1L << t.id();
        this.implicitTerminator = implicit;
        this.interfaces = Map.copyOf(b.interfaces);
        this.verifier = b.verifier;
        this.regionVerifier = b.regionVerifier;
        this.assemblyFormat = b.assemblyFormat;
        this.customAssembly = b.customAssembly;
        this.folder = b.folder;
        this.canonicalizationPatterns = List.copyOf(b.canonicalizationPatterns);
        List<AttrDef> attrs = new ArrayList<>(b.attributes);
        if (countVariable(operands) > 1) {
            attrs.add(new AttrDef(OPERAND_SEGMENT_SIZES, Constraints.DENSE_I32_ARRAY, false, null));
        }
        if (countVariable(results) > 1) {
            attrs.add(new AttrDef(RESULT_SEGMENT_SIZES, Constraints.DENSE_I32_ARRAY, false, null));
        }
        this.attributes = List.copyOf(attrs);
        for (AttrDef a : attributes) attributesByName.put(a.name(), a);
    }

    private static int countVariable(List<ValueDef> defs) {
        int n = 0;
        for (ValueDef d : defs) if (d.arity().isVariable()) n++;
        return n;
    }

    public static Builder builder(String name) { return new Builder(name); }

    public String name() { return name; }

    public String summary() { return summary; }

    public List<ValueDef> operands() { return operands; }

    public List<ValueDef> results() { return results; }

    public List<AttrDef> attributes() { return attributes; }

    public List<RegionDef> regions() { return regions; }

    public List<SuccessorDef> successors() { return successors; }

    public Set<Trait> traits() { return traits; }

    public boolean hasTrait(Trait t) { return hasTraitId(t.id()); }

    /** Whether this op has a trait with exactly this name (e.g. "Idempotent"). */
    public boolean hasTraitNamed(String name) { return hasTraitId(Trait.idOf(name)); }

    private boolean hasTraitId(int id) {
        int w = id >>> 6;
        return id >= 0 && w < traitBits.length && (traitBits[w] & (1L << id)) != 0;
    }

    /** The terminator a SingleBlockImplicitTerminator trait of this op names, or null. */
    public String implicitTerminator() { return implicitTerminator; }

    /** The trait with this name prefix (for parametric traits), or null. */
    public Trait traitStartingWith(String prefix) {
        for (Trait t : traits) if (t.name().startsWith(prefix)) return t;
        return null;
    }

    @SuppressWarnings("unchecked")
    public <T> T getInterface(Class<T> iface) { return (T) interfaces.get(iface); }

    public OpVerifier verifier() { return verifier; }

    public OpVerifier regionVerifier() { return regionVerifier; }

    /** The declarative assembly format, or null. */
    public String assemblyFormat() { return assemblyFormat; }

    /** The hand-written custom form, or null. */
    public CustomAssembly customAssembly() { return customAssembly; }

    /** The fold hook, or null when the op does not fold. */
    public FoldHook folder() { return folder; }

    /** The op's canonicalization patterns (MLIR's getCanonicalizationPatterns), rooted at this op or any op. */
    public List<RewritePattern> canonicalizationPatterns() { return canonicalizationPatterns; }

    public boolean hasCustomForm() { return assemblyFormat != null || customAssembly != null; }

    public boolean isInherentAttribute(String attrName) { return attributesByName.containsKey(attrName); }

    public AttrDef attribute(String attrName) { return attributesByName.get(attrName); }

    public boolean hasOperandSegments() { return attributesByName.containsKey(OPERAND_SEGMENT_SIZES); }

    public boolean hasResultSegments() { return attributesByName.containsKey(RESULT_SEGMENT_SIZES); }

    /** Index of the operand group with this name, or -1. */
    public int operandIndex(String groupName) {
        for (int i = 0; i < operands.size(); i++) if (operands.get(i).name().equals(groupName)) return i;
        return -1;
    }

    public int resultIndex(String groupName) {
        for (int i = 0; i < results.size(); i++) if (results.get(i).name().equals(groupName)) return i;
        return -1;
    }

    public int regionIndex(String regionName) {
        for (int i = 0; i < regions.size(); i++) if (regions.get(i).name().equals(regionName)) return i;
        return -1;
    }

    public int successorIndex(String succName) {
        for (int i = 0; i < successors.size(); i++) if (successors.get(i).name().equals(succName)) return i;
        return -1;
    }

    /**
     * A value derived from this definition once and cached (e.g. the compiled assembly format), keyed by a caller's
     * key object.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<OpDef, T> compute) {
        // A definition has a handful of derived values, asked for once per op parsed, printed or verified: an
        // identity scan of a small immutable array beats hashing; misses go through the concurrent map.
        Object[] hot = derivedHot;
        for (int i = 0; i < hot.length; i += 2) if (hot[i] == key) return (T) hot[i + 1];
        Object v = derived.computeIfAbsent(key, k -> compute.apply(this));
        synchronized (derived) {
            Object[] cur = derivedHot;
            for (int i = 0; i < cur.length; i += 2) if (cur[i] == key) return (T) cur[i + 1];
            Object[] grown = java.util.Arrays.copyOf(cur, cur.length + 2);
            grown[cur.length] = key;
            grown[cur.length + 1] = v;
            derivedHot = grown;
        }
        return (T) v;
    }

    /** Fills the default values of absent default-valued attributes into a property map. */
    public void populateDefaults(Map<String, Attribute> properties) {
        for (AttrDef a : attributes) {
            if (a.defaultValue() != null && !properties.containsKey(a.name())) properties.put(a.name(), a.defaultValue());
        }
    }

    @Override
    public String toString() { return "OpDef(" + name + ")"; }

    /** Fluent construction of an {@link OpDef}; declarations keep their order. */
    public static final class Builder {
        private final String name;
        private String summary = "";
        private final List<ValueDef> operands = new ArrayList<>();
        private final List<ValueDef> results = new ArrayList<>();
        private final List<AttrDef> attributes = new ArrayList<>();
        private final List<RegionDef> regions = new ArrayList<>();
        private final List<SuccessorDef> successors = new ArrayList<>();
        private final List<Trait> traits = new ArrayList<>();
        private final Map<Class<?>, Object> interfaces = new LinkedHashMap<>();
        private OpVerifier verifier;
        private OpVerifier regionVerifier;
        private String assemblyFormat;
        private CustomAssembly customAssembly;
        private FoldHook folder;
        private final List<RewritePattern> canonicalizationPatterns = new ArrayList<>();

        private Builder(String name) { this.name = name; }

        public Builder summary(String s) { summary = s; return this; }

        public Builder operand(String n, TypeConstraint c) { operands.add(new ValueDef(n, c, Arity.SINGLE)); return this; }

        public Builder optionalOperand(String n, TypeConstraint c) { operands.add(new ValueDef(n, c, Arity.OPTIONAL)); return this; }

        public Builder variadicOperand(String n, TypeConstraint c) { operands.add(new ValueDef(n, c, Arity.VARIADIC)); return this; }

        public Builder result(String n, TypeConstraint c) { results.add(new ValueDef(n, c, Arity.SINGLE)); return this; }

        public Builder optionalResult(String n, TypeConstraint c) { results.add(new ValueDef(n, c, Arity.OPTIONAL)); return this; }

        public Builder variadicResult(String n, TypeConstraint c) { results.add(new ValueDef(n, c, Arity.VARIADIC)); return this; }

        /** A required inherent attribute. */
        public Builder attr(String n, AttrConstraint c) { attributes.add(new AttrDef(n, c, false, null)); return this; }

        public Builder optionalAttr(String n, AttrConstraint c) { attributes.add(new AttrDef(n, c, true, null)); return this; }

        public Builder defaultAttr(String n, AttrConstraint c, Attribute dflt) {
            attributes.add(new AttrDef(n, c, false, dflt));
            return this;
        }

        public Builder region(String n) { regions.add(new RegionDef(n, false, Integer.MAX_VALUE)); return this; }

        /** MLIR's SizedRegion&lt;n&gt;: exactly {@code blocks} blocks (so an empty region is rejected too). */
        public Builder sizedRegion(String n, int blocks) { regions.add(new RegionDef(n, false, blocks, blocks)); return this; }

        /** MLIR's MaxSizedRegion&lt;n&gt;: at most {@code maxBlocks} blocks. */
        public Builder maxSizedRegion(String n, int maxBlocks) {
            regions.add(new RegionDef(n, false, 0, maxBlocks));
            return this;
        }

        /** MLIR's MinSizedRegion&lt;n&gt;: at least {@code minBlocks} blocks. */
        public Builder minSizedRegion(String n, int minBlocks) {
            regions.add(new RegionDef(n, false, minBlocks, RegionDef.UNBOUNDED));
            return this;
        }

        public Builder variadicRegion(String n) { regions.add(new RegionDef(n, true, Integer.MAX_VALUE)); return this; }

        /** Any number of regions, each of {@code minBlocks} to {@code maxBlocks} blocks. */
        public Builder variadicRegion(String n, int minBlocks, int maxBlocks) {
            regions.add(new RegionDef(n, true, minBlocks, maxBlocks));
            return this;
        }

        public Builder successor(String n) { successors.add(new SuccessorDef(n, false)); return this; }

        public Builder variadicSuccessor(String n) { successors.add(new SuccessorDef(n, true)); return this; }

        public Builder traits(Trait... ts) { traits.addAll(List.of(ts)); return this; }

        public <T> Builder implement(Class<T> iface, T impl) { interfaces.put(iface, impl); return this; }

        public Builder verifier(OpVerifier v) { verifier = v; return this; }

        /** A check that runs after nested ops were verified (MLIR's verifyRegions). */
        public Builder regionVerifier(OpVerifier v) { regionVerifier = v; return this; }

        public Builder assemblyFormat(String f) { assemblyFormat = f; return this; }

        public Builder customAssembly(CustomAssembly c) { customAssembly = c; return this; }

        public Builder folder(FoldHook f) { folder = f; return this; }

        /** Adds canonicalization patterns; they are stateless and shared by every context. */
        public Builder canonicalization(RewritePattern... patterns) {
            canonicalizationPatterns.addAll(List.of(patterns));
            return this;
        }

        public OpDef build() { return new OpDef(this); }
    }
}

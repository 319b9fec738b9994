package org.jmlir.ods;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What verifying ops of one definition needs, worked out once per {@link OpDef} (verification runs per op, so the
 * trait set is not searched again for every op): the trait checks in the order they run and the attributes in
 * MLIR's checking order (by name).
 */
record DefPlan(OpVerifier[] structuralChecks, OpVerifier[] otherChecks, OpVerifier[] regionChecks,
               List<AttrDef> attributesByName) {
    private static final Object KEY = new Object();

    static DefPlan of(OpDef def) { return def.derived(KEY, DefPlan::build); }

    private static DefPlan build(OpDef def) {
        List<OpVerifier> structural = new ArrayList<>(), other = new ArrayList<>(), region = new ArrayList<>();
        for (Trait t : def.traits()) {
            if (t.verifier() != null) (t.isStructural() ? structural : other).add(t.verifier());
        }
        // Region checks in the order the trait checks run (structural traits first), then the definition's own.
        for (boolean s : new boolean[] {true, false}) {
            for (Trait t : def.traits()) if (t.isStructural() == s && t.regionVerifier() != null) region.add(t.regionVerifier());
        }
        if (def.regionVerifier() != null) region.add(def.regionVerifier());
        List<AttrDef> attrs = new ArrayList<>(def.attributes());
        attrs.sort(Comparator.comparing(AttrDef::name));
        return new DefPlan(structural.toArray(new OpVerifier[0]), other.toArray(new OpVerifier[0]),
            region.toArray(new OpVerifier[0]), List.copyOf(attrs));
    }
}

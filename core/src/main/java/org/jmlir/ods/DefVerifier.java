package org.jmlir.ods;

import org.jmlir.ir.Operation;

/**
 * Checks a registered op against its {@link OpDef}, in MLIR's order: the implied counts of regions, results,
 * successors and operands; segment sizes; structural traits; declared attributes, operand and result types and
 * region sizes; the other traits; the definition's own verifier. {@link #verifyRegionInvariants} runs once the
 * nested ops are verified: the traits' region checks, then the definition's region verifier. The first failure
 * reports its diagnostic and stops the op's verification.
 */
public final class DefVerifier {
    private DefVerifier() {}

    /** Everything that does not need verified nested ops. Unregistered ops pass. */
    public static boolean verifyInvariants(Operation op) {
        OpDef def = op.definition();
        if (def == null) return true;
        DefPlan plan = DefPlan.of(def);
        if (!ArityVerifier.verifyCounts(op, def) || !ArityVerifier.verifySegments(op, def)) return false;
        if (!runAll(op, plan.structuralChecks())) return false;
        if (!ConstraintVerifier.verify(op, def, plan)) return false;
        if (!runAll(op, plan.otherChecks())) return false;
        return def.verifier() == null || def.verifier().verify(op);
    }

    /** The checks that look into nested ops, which must have been verified already. Unregistered ops pass. */
    public static boolean verifyRegionInvariants(Operation op) {
        OpDef def = op.definition();
        return def == null || runAll(op, DefPlan.of(def).regionChecks());
    }

    private static boolean runAll(Operation op, OpVerifier[] checks) {
        for (OpVerifier v : checks) if (!v.verify(op)) return false;
        return true;
    }
}

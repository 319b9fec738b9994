package org.jmlir.dialect.arith;

import java.math.BigInteger;
import org.jmlir.iface.ConditionallySpeculatable;
import org.jmlir.iface.MemoryEffectOpInterface;
import org.jmlir.iface.Speculatability;
import org.jmlir.ir.Value;
import org.jmlir.ods.OpDef;
import org.jmlir.rewrite.Folding;

/**
 * Attaches to an arith op definition what upstream gives it beyond its declaration: its fold hook, its
 * canonicalization patterns and, for the integer divisions, NoMemoryEffect with ConditionallySpeculatable.
 */
final class ArithHooks {
    private ArithHooks() {}

    /** {@code OpDef.builder(name)} with the op's fold hook, patterns and interfaces already attached. */
    static OpDef.Builder builder(String name) {
        OpDef.Builder b = OpDef.builder(name).folder(ArithFolders.hook(name))
            .canonicalization(ArithPatterns.forOp(name).toArray(org.jmlir.rewrite.RewritePattern[]::new));
        switch (name) {
            case "arith.divui", "arith.ceildivui" -> divide(b, false);
            case "arith.divsi", "arith.ceildivsi" -> divide(b, true);
            default -> { }
        }
        return b;
    }

    /** No memory effects; speculatable only when the divisor is a known non-zero constant (nor -1 for signed). */
    private static void divide(OpDef.Builder b, boolean signed) {
        b.implement(MemoryEffectOpInterface.class, (op, out) -> { });
        b.implement(ConditionallySpeculatable.class, op -> safeDivisor(op.operand(1), signed)
            ? Speculatability.SPECULATABLE : Speculatability.NOT_SPECULATABLE);
    }

    /** MLIR's m_NonZero (and m_IntRangeWithoutNegOneS for signed division) on constant divisors, splats included. */
    static boolean safeDivisor(Value divisor, boolean signed) {
        BigInteger v = ConstAttrs.intValue(Folding.constantValue(divisor));
        if (v == null || v.signum() == 0) return false;
        if (!signed) return true;
        int w = ConstAttrs.intWidth(ConstAttrs.element(divisor.type()));
        return !v.equals(ConstAttrs.mask(w));
    }
}

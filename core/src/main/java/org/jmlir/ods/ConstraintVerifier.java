package org.jmlir.ods;

import java.util.List;
import java.util.function.IntFunction;
import org.jmlir.asm.AsmText;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.type.Type;

/**
 * The declared constraints of an op (MLIR's generated verifyInvariantsImpl): attributes (all presence checks, then
 * all value checks, each in name order as MLIR does), operand and result types group by group, region block
 * counts. Counts and segment sizes are known to be right when this runs.
 */
final class ConstraintVerifier {
    private ConstraintVerifier() {}

    static boolean verify(Operation op, OpDef def, DefPlan plan) {
        return verifyAttributes(op, plan.attributesByName())
            && verifyValues(op, def.operands(), op.numOperands(), op.attr(OpDef.OPERAND_SEGMENT_SIZES), "operand",
                i -> op.operand(i).type())
            && verifyValues(op, def.results(), op.numResults(), op.attr(OpDef.RESULT_SEGMENT_SIZES), "result",
                i -> op.result(i).type())
            && verifyRegions(op, def.regions());
    }

    private static boolean verifyAttributes(Operation op, List<AttrDef> sorted) {
        for (AttrDef a : sorted) {
            if (a.isRequired() && op.attr(a.name()) == null) {
                return op.emitOpError("requires attribute '" + a.name() + "'").fail();
            }
        }
        for (AttrDef a : sorted) {
            Attribute v = op.attr(a.name());
            if (v != null && !a.constraint().test(v)) {
                return op.emitOpError("attribute '" + a.name() + "' failed to satisfy constraint: "
                    + a.constraint().summary()).fail();
            }
        }
        return true;
    }

    private static boolean verifyValues(Operation op, List<ValueDef> defs, int count, Attribute sizes, String kind,
                                        IntFunction<Type> typeAt) {
        for (int g = 0; g < defs.size(); g++) {
            int[] range = Segments.range(defs, count, sizes, g);
            if (range == null) return true; // counts were reported already
            ValueDef d = defs.get(g);
            int start = range[0], len = range[1];
            if (d.arity() == Arity.OPTIONAL && len > 1) {
                return op.emitOpError(kind + " group starting at #" + start + " requires 0 or 1 element, but found "
                    + len).fail();
            }
            // MLIR leaves this to the segment sizes; checked here so that typed accessors can trust single groups.
            if (d.arity() == Arity.SINGLE && len != 1) {
                return op.emitOpError(kind + " group starting at #" + start + " requires 1 element, but found "
                    + len).fail();
            }
            for (int i = start; i < start + len; i++) {
                Type t = typeAt.apply(i);
                if (!d.constraint().test(t)) {
                    // MLIR words the summary of a variadic group as "variadic of X".
                    String summary = d.arity() == Arity.VARIADIC ? "variadic of " + d.constraint().summary()
                        : d.constraint().summary();
                    return op.emitOpError(kind + " #" + i + " must be " + summary + ", but got '"
                        + AsmText.of(t) + "'").fail();
                }
            }
        }
        return true;
    }

    private static boolean verifyRegions(Operation op, List<RegionDef> defs) {
        int n = op.numRegions();
        int fixed = 0;
        for (RegionDef d : defs) if (!d.variadic()) fixed++;
        int variadicLeft = Math.max(0, n - fixed); // all go to the first variadic declaration, as in ODS
        int index = 0;
        for (RegionDef d : defs) {
            int take = d.variadic() ? variadicLeft : 1;
            if (d.variadic()) variadicLeft = 0;
            for (int k = 0; k < take && index < n; k++, index++) {
                if (!d.admits(op.region(index).blocks().size())) {
                    String named = d.name().isEmpty() ? " " : " ('" + d.name() + "') ";
                    return op.emitOpError("region #" + index + named + "failed to verify constraint: "
                        + d.summary()).fail();
                }
            }
        }
        return true;
    }
}

package org.jmlir.dialect.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jmlir.asm.AsmText;
import org.jmlir.iface.MemoryEffects;
import org.jmlir.ir.Context;
import org.jmlir.ir.OpFoldResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Walker;
import org.jmlir.ir.WalkResult;
import org.jmlir.rewrite.Folding;
import org.jmlir.text.MlirText;
import org.junit.jupiter.api.Test;

/** math's fold hooks through {@link Folding}; expected values are mlir-opt 22's. */
class MathFoldersTest {
    private final Context ctx = Context.withAllDialects();

    /** What {@code math.op %c} (or {@code %c, %c}) folds to for the constant {@code value : type}. */
    private String fold(String op, String value, String type, int arity) {
        String operands = arity == 1 ? "%c" : "%c, %c";
        Operation m = MlirText.parse(ctx, "func.func @f() {\n  %c = arith.constant " + value + " : " + type
            + "\n  %r = math." + op + " " + operands + " : " + type + "\n  return\n}\n", "m.mlir");
        Operation[] found = new Operation[1];
        Walker.walk(m, Walker.Order.PRE, o -> {
            if (o.name().equals("math." + op)) found[0] = o;
            return WalkResult.ADVANCE;
        });
        assertTrue(MemoryEffects.isPure(found[0]), op + " is pure");
        List<OpFoldResult> r = Folding.fold(found[0]);
        return r == null ? null : AsmText.of(((OpFoldResult.Const) r.get(0)).attribute());
    }

    @Test
    void exactOpsFoldEveryFormat() {
        assertEquals("2.500000e+00 : f16", fold("absf", "-2.5", "f16", 1));
        assertEquals("-2.000000e+00 : f16", fold("ceil", "-2.5", "f16", 1));
        assertEquals("-3.000000e+00 : f16", fold("floor", "-2.5", "f16", 1));
        assertEquals("2.000000e+00 : bf16", fold("roundeven", "2.5", "bf16", 1));
        assertEquals("-2.500000e+00 : f32", fold("copysign", "-2.5", "f32", 2));
    }

    @Test
    void libmFunctionsFoldOnlyF32AndF64() {
        assertEquals("1.41421354 : f32", fold("sqrt", "2.0", "f32", 1));
        assertEquals("0.909297406 : f32", fold("sin", "2.0", "f32", 1));
        assertEquals("7.3890560989306504 : f64", fold("exp", "2.0", "f64", 1));
        assertNull(fold("sin", "2.0", "f16", 1));
        assertNull(fold("round", "2.5", "f16", 1));
        assertEquals("-3.000000e+00 : f32", fold("round", "-2.5", "f32", 1));
    }

    @Test
    void upstreamsDeclinesAreKept() {
        assertNull(fold("log", "-2.0", "f32", 1));
        assertNull(fold("sqrt", "-0.0", "f64", 1));
        assertNull(fold("log1p", "-2.0", "f32", 1));
        // acos outside [-1, 1] folds to libm's NaN (positive here, as mlir-opt prints on this platform)
        assertEquals("0x7FC00000 : f32", fold("acos", "-2.5", "f32", 1));
    }

    @Test
    void integerOps() {
        assertEquals("12 : i32", fold("absi", "-12", "i32", 1));
        assertEquals("-128 : i8", fold("absi", "-128", "i8", 1));
        assertEquals("0 : i32", fold("ctlz", "-12", "i32", 1));
        assertEquals("2 : i32", fold("cttz", "-12", "i32", 1));
        assertEquals("29 : i32", fold("ctpop", "-12", "i32", 1));
        assertEquals("8 : i8", fold("ctlz", "0", "i8", 1));
        assertEquals("27 : i32", fold("ipowi", "3", "i32", 2));
        assertEquals("1 : i32", fold("ipowi", "1", "i32", 2));
        assertEquals("0 : i32", fold("ipowi", "-3", "i32", 2));
    }

    @Test
    void classification() {
        assertEquals("true", fold("isnan", "0x7FC00000", "f32", 1));
        assertEquals("false", fold("isinf", "1.0", "f32", 1));
        assertEquals("false", fold("isnormal", "1.0e-40", "f32", 1));
        assertEquals("true", fold("isfinite", "1.0", "f16", 1));
    }
}

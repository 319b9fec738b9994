package org.jmlir.dialect.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jmlir.diag.Diagnostic;
import org.jmlir.dialect.cf.CfDialect;
import org.jmlir.dialect.func.FuncDialect;
import org.jmlir.dialect.math.MathDialect;
import org.jmlir.ir.Context;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.Operation;
import org.jmlir.ods.OpDef;
import org.jmlir.text.MlirText;
import org.jmlir.text.PrintOptions;
import org.jmlir.text.format.AssemblyFormats;
import org.jmlir.verify.Verifier;
import org.junit.jupiter.api.Test;

/**
 * The func, cf, arith and math dialects: every definition builds, every declared assembly format compiles, the
 * dialects are found by ServiceLoader, and a sample of each dialect prints as mlir-opt 22 prints it.
 */
class StdDialectsTest {
    private static final List<Dialect> DIALECTS =
        List.of(new FuncDialect(), new CfDialect(), new ArithDialect(), new MathDialect());

    @Test
    void everyDefinitionBuildsAndEveryFormatCompiles() {
        for (Dialect d : DIALECTS) {
            Set<String> names = new HashSet<>();
            for (OpDef def : d.operations()) {
                assertTrue(def.name().startsWith(d.namespace() + "."), def.name());
                assertTrue(names.add(def.name()), "duplicate " + def.name());
                assertTrue(def.hasCustomForm(), def.name() + " has no custom form");
                if (def.assemblyFormat() != null) assertNotNull(AssemblyFormats.compile(def), def.name());
            }
        }
    }

    @Test
    void dialectsLoadThroughServiceLoader() {
        Context ctx = Context.withAllDialects();
        for (Dialect d : DIALECTS) {
            assertNotNull(ctx.dialect(d.namespace()), d.namespace());
            for (OpDef def : d.operations()) assertNotNull(ctx.registeredOperationName(def.name()), def.name());
        }
    }

    @Test
    void arithAndMathHaveUpstreamsOps() {
        assertEquals(Set.of("addf", "addi", "addui_extended", "andi", "bitcast", "ceildivsi", "ceildivui", "cmpf",
            "cmpi", "constant", "divf", "divsi", "divui", "extf", "extsi", "extui", "floordivsi", "fptosi", "fptoui",
            "index_cast", "index_castui", "maximumf", "maxnumf", "maxsi", "maxui", "minimumf", "minnumf", "minsi",
            "minui", "mulf", "muli", "mulsi_extended", "mului_extended", "negf", "ori", "remf", "remsi", "remui",
            "scaling_extf", "scaling_truncf", "select", "shli", "shrsi", "shrui", "sitofp", "subf", "subi", "truncf",
            "trunci", "uitofp", "xori"), mnemonics(new ArithDialect()));
        assertEquals(Set.of("absf", "absi", "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil",
            "clampf", "copysign", "cos", "cosh", "ctlz", "ctpop", "cttz", "erf", "erfc", "exp", "exp2", "expm1",
            "floor", "fma", "fpowi", "ipowi", "isfinite", "isinf", "isnan", "isnormal", "log", "log10", "log1p", "log2",
            "powf", "round", "roundeven", "rsqrt", "sin", "sincos", "sinh", "sqrt", "tan", "tanh", "trunc"),
            mnemonics(new MathDialect()));
        assertEquals(Set.of("call", "call_indirect", "constant", "func", "return"), mnemonics(new FuncDialect()));
        assertEquals(Set.of("assert", "br", "cond_br", "switch"), mnemonics(new CfDialect()));
    }

    private static Set<String> mnemonics(Dialect d) {
        Set<String> s = new TreeSet<>();
        for (OpDef def : d.operations()) s.add(def.name().substring(d.namespace().length() + 1));
        return s;
    }

    @Test
    void flagsPrintAsUpstream() {
        assertEquals("none", FastMathAttr.ENUM.print(0));
        assertEquals("fast", FastMathAttr.ENUM.print(FastMathAttr.FAST.flags()));
        assertEquals("reassoc,afn", FastMathAttr.ENUM.print(1 | 64));
        assertEquals("nsw, nuw", OverflowAttr.ENUM.print(3));
    }

    /** Input and the output mlir-opt 22 prints for it. */
    private static final String INPUT = """
        func.func private @ext(i32) -> (i32 {my.r})
        func.func @f(%a: i32 {my.a}, %x: f32, %c: i1, %flag: i32) -> f32 attributes {my.tag} {
          %0 = arith.addi %a, %a overflow<nsw> : i32
          %1 = arith.cmpi sle, %0, %a : i32
          %k = arith.constant 7 : i32
          %2 = func.call @ext(%k) : (i32) -> i32
          %3 = math.exp %x fastmath<fast> : f32
          %4 = arith.truncf %3 downward : f32 to f16
          cf.cond_br %1 weights([1, 3]), ^bb1, ^bb2(%3 : f32)
        ^bb1:
          cf.switch %flag : i32, [
            default: ^bb2(%x : f32),
            -2: ^bb2(%3 : f32)
          ]
        ^bb2(%r: f32):
          return %r : f32
        }
        """;
    private static final String EXPECTED = """
        module {
          func.func private @ext(i32) -> (i32 {my.r})
          func.func @f(%arg0: i32 {my.a}, %arg1: f32, %arg2: i1, %arg3: i32) -> f32 attributes {my.tag} {
            %0 = arith.addi %arg0, %arg0 overflow<nsw> : i32
            %1 = arith.cmpi sle, %0, %arg0 : i32
            %c7_i32 = arith.constant 7 : i32
            %2 = call @ext(%c7_i32) : (i32) -> i32
            %3 = math.exp %arg1 fastmath<fast> : f32
            %4 = arith.truncf %3 downward : f32 to f16
            cf.cond_br %1 weights([1, 3]), ^bb1, ^bb2(%3 : f32)
          ^bb1:  // pred: ^bb0
            cf.switch %arg3 : i32, [
              default: ^bb2(%arg1 : f32),
              4294967294: ^bb2(%3 : f32)
            ]
          ^bb2(%5: f32):  // 3 preds: ^bb0, ^bb1, ^bb1
            return %5 : f32
          }
        }
        """;

    @Test
    void sampleRoundTripsAsMlirOptPrintsIt() {
        Context ctx = Context.withAllDialects();
        List<Diagnostic> diags = new ArrayList<>();
        ctx.diagnostics().addHandler(diags::add);
        Operation module = MlirText.parse(ctx, INPUT, "sample.mlir");
        assertNotNull(module, diags.toString());
        assertTrue(Verifier.verify(module), diags.toString());
        String printed = MlirText.print(module);
        assertEquals(EXPECTED, printed);
        String generic = MlirText.print(module, PrintOptions.DEFAULT.withGeneric(true));
        Operation again = MlirText.parse(ctx, generic, "generic.mlir");
        assertNotNull(again, diags.toString());
        assertEquals(EXPECTED, MlirText.print(again));
        assertFalse(generic.contains("arith.addi %"), "generic form expected");
    }
}

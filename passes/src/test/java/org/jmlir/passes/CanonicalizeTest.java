package org.jmlir.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jmlir.ir.Operation;
import org.jmlir.pass.PassRunner;
import org.junit.jupiter.api.Test;

/** canonicalize through PassRunner: the parts that need no dialect folds or patterns. */
class CanonicalizeTest {
    @Test void erasesDeadPureOps() {
        String out = PassFixture.run(new Canonicalize(), """
            func.func @dead(%a: i32, %b: i32) -> i32 {
              %0 = arith.addi %a, %b : i32
              %1 = arith.muli %0, %a : i32
              return %a : i32
            }""");
        assertEquals("""
            module {
              func.func @dead(%arg0: i32, %arg1: i32) -> i32 {
                return %arg0 : i32
              }
            }
            """, out);
    }

    @Test void erasesUnreachableBlocks() {
        String out = PassFixture.run(new Canonicalize(), """
            func.func @f(%a: i32) -> i32 {
              "test.effect"() : () -> ()
              cf.br ^bb2(%a : i32)
            ^bb1(%x: i32):
              %y = arith.addi %x, %x : i32
              cf.br ^bb2(%y : i32)
            ^bb2(%z: i32):
              "test.use"(%z) : (i32) -> ()
              return %z : i32
            }""");
        assertFalse(out.contains("arith.addi"), out);
        assertFalse(out.contains("^bb2"), out);
    }

    @Test void optionsParseAndPrint() {
        Canonicalize c = new Canonicalize();
        c.option("region-simplify").parse("aggressive");
        c.option("max-iterations").parse("3");
        c.option("top-down").parse("false");
        assertTrue(c.pipelineText().contains("region-simplify=aggressive"), c.pipelineText());
        Operation m = PassFixture.parse("func.func @f() { return }");
        assertFalse(PassRunner.run(c.copy(), m).failed());
    }

    @Test void registeredInStandardPasses() {
        assertTrue(new StandardPasses().passes().stream().anyMatch(p -> p.argument().equals("canonicalize")));
    }

    /**
     * A dialect whose canonicalization never converges: cyc.op's attribute n counts up forever. As in MLIR, such a
     * pattern loops within one iteration unless max-num-rewrites bounds it.
     */
    static final class CyclingDialect extends org.jmlir.ir.Dialect {
        @Override public String namespace() { return "cyc"; }

        @Override public List<org.jmlir.ods.OpDef> operations() {
            return List.of(org.jmlir.ods.OpDef.builder("cyc.op").build());
        }

        @Override public List<org.jmlir.rewrite.RewritePattern> canonicalizationPatterns() {
            return List.of(org.jmlir.rewrite.RewritePattern.of("Count", "cyc.op", (op, rw) -> {
                long n = op.attr("n") instanceof org.jmlir.ir.attr.IntegerAttr i ? i.value().longValue() : 0;
                rw.modifyOpInPlace(op, () -> op.setAttr("n", org.jmlir.ir.attr.IntegerAttr.i64(n + 1)));
                return true;
            }));
        }
    }

    private static Operation cycling() {
        org.jmlir.ir.Context ctx = PassFixture.context();
        ctx.loadDialect(new CyclingDialect());
        return org.jmlir.text.MlirText.parse(ctx, "\"cyc.op\"() : () -> ()", "t.mlir");
    }

    @Test void testConvergenceFailsThePassOnlyWhenAsked() {
        Canonicalize c = new Canonicalize();
        c.option("max-iterations").parse("4");
        c.option("max-num-rewrites").parse("1");
        Operation m = cycling();
        assertFalse(PassRunner.run(c, m).failed(), "non-convergence is not a failure by default");
        assertTrue(PassFixture.print(m).contains("n = 4"), PassFixture.print(m));
        Canonicalize strict = new Canonicalize();
        strict.option("test-convergence").parse("true");
        strict.option("max-num-rewrites").parse("2");
        assertTrue(PassRunner.run(strict, cycling()).failed());
        Canonicalize disabled = new Canonicalize();
        disabled.option("disable-patterns").parse("Count");
        disabled.option("test-convergence").parse("true");
        disabled.option("max-num-rewrites").parse("2");
        assertFalse(PassRunner.run(disabled, cycling()).failed());
    }

    @Test void maxNumRewritesLimitsEachIteration() {
        Canonicalize c = new Canonicalize();
        c.option("max-iterations").parse("3");
        c.option("max-num-rewrites").parse("1");
        Operation m = cycling();
        PassRunner.run(c, m);
        assertTrue(PassFixture.print(m).contains("n = 3"), PassFixture.print(m));
    }
}

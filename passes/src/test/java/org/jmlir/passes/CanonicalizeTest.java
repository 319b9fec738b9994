package org.jmlir.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}

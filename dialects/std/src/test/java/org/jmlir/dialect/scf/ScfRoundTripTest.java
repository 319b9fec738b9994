package org.jmlir.dialect.scf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.text.MlirText;
import org.jmlir.text.PrintOptions;
import org.jmlir.verify.Verifier;
import org.junit.jupiter.api.Test;

/**
 * Every scf op through the textual format: the custom form prints as mlir-opt 22 prints it (the expected text is
 * its output for the same input), verifies, and survives a trip through the generic form.
 */
class ScfRoundTripTest {
    private static final String INPUT = """
        %v:6 = "test.values"() : () -> (index, index, index, f32, i1, i32)
        scf.for %i = %v#0 to %v#1 step %v#2 {
        }
        %r = scf.for %i = %v#0 to %v#1 step %v#2 iter_args(%acc = %v#3) -> (f32) {
          scf.yield %acc : f32
        }
        %r2 = scf.for %i = %v#5 to %v#5 step %v#5 iter_args(%a = %v#5) -> (i32) : i32 {
          scf.yield %a : i32
        } {tag}
        %t = scf.if %v#4 -> (i32) {
          scf.yield %v#5 : i32
        } else {
          scf.yield %v#5 : i32
        }
        scf.if %v#4 {
        }
        %w = scf.while (%a = %v#5) : (i32) -> i32 {
          scf.condition(%v#4) %a : i32
        } do {
        ^bb0(%b: i32):
          scf.yield %b : i32
        }
        %p = scf.parallel (%i) = (%v#0) to (%v#1) step (%v#2) init (%v#3) -> f32 {
          scf.reduce(%v#3 : f32) {
          ^bb0(%x: f32, %y: f32):
            scf.reduce.return %x : f32
          }
        }
        %e = scf.execute_region -> i32 {
          scf.yield %v#5 : i32
        }
        %s = scf.index_switch %v#0 -> i32
        case 1 {
          scf.yield %v#5 : i32
        }
        default {
          scf.yield %v#5 : i32
        }
        """;

    /** {@code mlir-opt --allow-unregistered-dialect} on INPUT. */
    private static final String EXPECTED = """
        module {
          %0:6 = "test.values"() : () -> (index, index, index, f32, i1, i32)
          scf.for %arg0 = %0#0 to %0#1 step %0#2 {
          }
          %1 = scf.for %arg0 = %0#0 to %0#1 step %0#2 iter_args(%arg1 = %0#3) -> (f32) {
            scf.yield %arg1 : f32
          }
          %2 = scf.for %arg0 = %0#5 to %0#5 step %0#5 iter_args(%arg1 = %0#5) -> (i32)  : i32 {
            scf.yield %arg1 : i32
          } {tag}
          %3 = scf.if %0#4 -> (i32) {
            scf.yield %0#5 : i32
          } else {
            scf.yield %0#5 : i32
          }
          scf.if %0#4 {
          }
          %4 = scf.while (%arg0 = %0#5) : (i32) -> i32 {
            scf.condition(%0#4) %arg0 : i32
          } do {
          ^bb0(%arg0: i32):
            scf.yield %arg0 : i32
          }
          %5 = scf.parallel (%arg0) = (%0#0) to (%0#1) step (%0#2) init (%0#3) -> f32 {
            scf.reduce(%0#3 : f32) {
            ^bb0(%arg1: f32, %arg2: f32):
              scf.reduce.return %arg1 : f32
            }
          }
          %6 = scf.execute_region -> i32 {
            scf.yield %0#5 : i32
          }
          %7 = scf.index_switch %0#0 -> i32\s
          case 1 {
            scf.yield %0#5 : i32
          }
          default {
            scf.yield %0#5 : i32
          }
        }
        """;

    private static Operation parse(String text) {
        Context ctx = Context.withAllDialects();
        ctx.setAllowUnregisteredDialects(true);
        Operation module = MlirText.parse(ctx, text, "input.mlir");
        assertNotNull(module, "parse failed");
        assertTrue(Verifier.verify(module), "verification failed");
        return module;
    }

    @Test
    void customFormMatchesMlirOpt() {
        assertEquals(EXPECTED, MlirText.print(parse(INPUT)));
    }

    @Test
    void genericFormRoundTrips() {
        String generic = MlirText.print(parse(INPUT), PrintOptions.GENERIC);
        assertEquals(EXPECTED, MlirText.print(parse(generic)));
        assertEquals(generic, MlirText.print(parse(generic), PrintOptions.GENERIC));
    }
}

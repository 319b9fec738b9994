package org.jmlir.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected outputs are mlir-opt 22's for the same inputs. */
class ReconcileUnrealizedCastsTest {
    @Test void chainsBackToTheSameTypesFoldAway() {
        assertEquals("""
            module {
              func.func @chain(%arg0: i32) -> i32 {
                return %arg0 : i32
              }
            }
            """, PassFixture.run(new ReconcileUnrealizedCasts(), """
            func.func @chain(%a: i32) -> i32 {
              %0 = builtin.unrealized_conversion_cast %a : i32 to i64
              %1 = builtin.unrealized_conversion_cast %0 : i64 to f32
              %2 = builtin.unrealized_conversion_cast %1 : f32 to i32
              return %2 : i32
            }"""));
    }

    @Test void multipleResultsAndDeadCasts() {
        assertEquals("""
            module {
              func.func @multi(%arg0: i32, %arg1: i64) -> (i32, i64) {
                return %arg0, %arg1 : i32, i64
              }
            }
            """, PassFixture.run(new ReconcileUnrealizedCasts(), """
            func.func @multi(%a: i32, %b: i64) -> (i32, i64) {
              %d = builtin.unrealized_conversion_cast %a : i32 to f32
              %0 = builtin.unrealized_conversion_cast %a, %b : i32, i64 to f64
              %1:2 = builtin.unrealized_conversion_cast %0 : f64 to i32, i64
              return %1#0, %1#1 : i32, i64
            }"""));
    }

    @Test void liveCastsStayAndSplitChainsAreKept() {
        assertEquals("""
            module {
              func.func @split(%arg0: i32) -> i64 {
                %0 = builtin.unrealized_conversion_cast %arg0 : i32 to i64
                %1 = builtin.unrealized_conversion_cast %0 : i64 to i16
                "test.use"(%1) : (i16) -> ()
                return %0 : i64
              }
            }
            """, PassFixture.run(new ReconcileUnrealizedCasts(), """
            func.func @split(%a: i32) -> i64 {
              %0 = builtin.unrealized_conversion_cast %a : i32 to i64
              %1 = builtin.unrealized_conversion_cast %0 : i64 to i16
              %2 = builtin.unrealized_conversion_cast %1 : i16 to i64
              "test.use"(%1) : (i16) -> ()
              return %2 : i64
            }"""));
    }
}

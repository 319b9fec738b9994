package org.jmlir.tools.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.Operation;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Minimal reproducers of the bugs the robustness tests found, each disabled with its reason until it is fixed
 * (run them anyway with {@code -Djunit.jupiter.conditions.deactivate=org.junit.*DisabledCondition}). Expected
 * texts are mlir-opt 22's output for the same input on stdin. When one is fixed, enable it, and drop the workaround
 * named in its comment from the property tests.
 */
class KnownBugsTest {
    private static Robustness.Outcome jopt(String input, String... flags) {
        List<String> args = new ArrayList<>(List.of("--allow-unregistered-dialect"));
        args.addAll(List.of(flags));
        Robustness.Outcome o = Robustness.jopt(args, input, DeepNestingJOptTest.JOPT_MAIN_STACK,
            Robustness.DEFAULT_TIMEOUT);
        Robustness.assertWellBehaved(o, input, "jopt " + args);
        return o;
    }

    /**
     * jopt defines {@code #loc} aliases for locations it does not print: the elided {@code scf.yield}'s and the
     * {@code scf.for} induction variable's (which also shifts every later alias number), where mlir-opt defines
     * none. Workaround: {@code TextRoundTripPropertiesTest.TOLERATE_UNUSED_LOCATION_ALIASES} and
     * {@code RandomModules.unprintedLocation}.
     */
    @Disabled("bug: AliasState defines #loc aliases for locations that are not printed (elided terminators, region args)")
    @Test
    void noAliasesForLocationsThatAreNotPrinted() {
        String input = """
            func.func @f(%arg0: index loc("argloc":1:2 to 3:4)) {
              scf.for %i = %arg0 to %arg0 step %arg0 {
                scf.yield loc("yieldloc":5:6 to 7:8)
              } loc("forloc":9:9)
              return loc("retloc":1:1)
            } loc("funcloc":2:2)
            """;
        String mlirOpt = """
            #loc2 = loc("argloc":1:2 to 3:4)
            module {
              func.func @f(%arg0: index loc("argloc":1:2 to 3:4)) {
                scf.for %arg1 = %arg0 to %arg0 step %arg0 {
                } loc(#loc3)
                return loc(#loc4)
              } loc(#loc1)
            } loc(#loc)
            #loc = loc("<stdin>":0:0)
            #loc1 = loc("funcloc":2:2)
            #loc3 = loc("forloc":9:9)
            #loc4 = loc("retloc":1:1)

            """;
        assertEquals(mlirOpt, jopt(input, "--mlir-print-debuginfo").out());
    }

    /**
     * An unknown location nested in a call site is printed inline ({@code callsite(unknown at #loc1)}) where
     * mlir-opt aliases it ({@code #loc1 = loc(unknown)}); and when the unknown location has an alias anyway (an op
     * uses it), {@code AliasState.depthOf} still treats the nested one as alias-free, so the call site is numbered
     * and defined first and refers to an alias defined after it: jopt's own output does not parse
     * ({@code undefined symbol alias id 'loc1'}). Workaround: {@code RandomModules.AVOID_UNKNOWN_IN_CALL_SITES}.
     */
    @Disabled("bug: loc(unknown) nested in callsite/fused: not aliased, and misordered aliases make unparsable output")
    @Test
    void unknownLocationsNestedInOtherLocations() {
        Robustness.Outcome o = jopt("""
            module {
              "gen.a"() : () -> () loc(unknown)
            } loc(callsite(unknown at unknown))
            """, "--mlir-print-debuginfo");
        assertEquals("""
            module {
              "gen.a"() : () -> () loc(#loc)
            } loc(#loc1)
            #loc = loc(unknown)
            #loc1 = loc(callsite(#loc at #loc))

            """, o.out());
        assertEquals(0, jopt(o.out(), "--mlir-print-debuginfo").exit(), "jopt reads its own output back");
        assertEquals("""
            module {
              "gen.a"() : () -> () loc(#loc3)
              "gen.b"() : () -> () loc(#loc4)
            } loc(#loc)
            #loc = loc("<stdin>":0:0)
            #loc1 = loc(unknown)
            #loc2 = loc("a":1:2)
            #loc3 = loc(callsite(#loc1 at #loc2))
            #loc4 = loc(fused<"m">[#loc1])

            """, jopt("""
            "gen.a"() : () -> () loc(callsite(unknown at "a":1:2))
            "gen.b"() : () -> () loc(fused<"m">[unknown])
            """, "--mlir-print-debuginfo").out());
    }

    /**
     * A splat over a shape of more than 2^63 elements: {@code ShapedType.numElements} overflows
     * ({@code Math.multiplyExact}) in {@code DenseElementsAttr}'s constructor, and the ArithmeticException escapes
     * {@code MlirText.parse} (jopt: "internal error"). mlir-opt accepts and prints it.
     */
    @Test
    void splatOverAHugeShape() {
        String input = "\"gen.op\"() {a = dense<1> : tensor<4294967296x4294967296xi32>} : () -> ()\n";
        Operation m = Robustness.parse(input, new ArrayList<>()); // must not throw
        assertNotNull(m);
        assertEquals("""
            module {
              "gen.op"() {a = dense<1> : tensor<4294967296x4294967296xi32>} : () -> ()
            }

            """, jopt(input).out());
    }

    /**
     * cf.switch with a negative {@code case_operand_segments} entry: the BranchOpInterface trait
     * ({@code Branches.trait} calling {@code SwitchSyntax.successorOperands}) takes a sub-list before the
     * attribute is checked, and the IllegalArgumentException escaped the verifier (jopt: "internal error").
     */
    @Test
    void switchWithNegativeCaseOperandSegments() {
        Robustness.Outcome o = jopt("""
            "gen.cfg"() ({
              %c = "gen.def"() : () -> i32
              %x = "gen.def"() : () -> i32
              "cf.switch"(%c, %x)[^bb1, ^bb1] <{case_operand_segments = array<i32: -1, 2>, operandSegmentSizes = array<i32: 1, 0, 1>}> : (i32, i32) -> ()
            ^bb1:
              "gen.t"() : () -> ()
            }) : () -> ()
            """);
        assertEquals(1, o.exit());
        // Fixed: no exception escapes, the op gets a located error. Still different: mlir-opt's first message is
        // "'case_operand_segments' attribute cannot have negative elements"; ours is the case-count mismatch.
        assertTrue(o.err().startsWith("<stdin>:4:3: error: 'cf.switch' op "), o::describe);
    }

    /**
     * builtin.module does not check NoRegionArguments: a module whose block has arguments verifies, and its custom
     * form drops them, so the output uses undefined values and does not parse. mlir-opt: "'builtin.module' op
     * region should have no arguments".
     */
    @Test
    void moduleWithRegionArguments() {
        Robustness.Outcome o = jopt("""
            "builtin.module"() ({
            ^bb0(%a0: i32):
              "gen.t"(%a0) : (i32) -> ()
            }) : () -> ()
            """);
        assertEquals(1, o.exit(), o::describe);
        assertTrue(o.err().startsWith("<stdin>:1:1: error: 'builtin.module' op region should have no arguments"),
            o::describe);
    }

    /**
     * An op with AttrSizedOperandSegments in the generic form without {@code operandSegmentSizes}: mlir-opt
     * default-initializes the property (all zeros) and accepts {@code "memref.alloc"() : () -> memref<4xf32>};
     * jopt refuses it ("requires dense i32 array attribute 'operandSegmentSizes'").
     */
    @Disabled("compat: generic ops without operandSegmentSizes are refused; mlir-opt defaults the property to zeros")
    @Test
    void genericOpWithoutSegmentSizes() {
        Robustness.Outcome o = jopt("%0 = \"memref.alloc\"() : () -> memref<4xf32>\n", "--mlir-print-op-generic");
        assertEquals("""
            "builtin.module"() ({
              %0 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
            }) : () -> ()

            """, o.out());
    }
}

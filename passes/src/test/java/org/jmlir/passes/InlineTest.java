package org.jmlir.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.Operation;
import org.jmlir.ir.SymbolTable;
import org.junit.jupiter.api.Test;

/** The call graph the inliner walks, and the inliner's limits: recursion, legality, no_inline. */
class InlineTest {
    private static List<String> names(List<Operation> ops) {
        List<String> out = new ArrayList<>();
        for (Operation op : ops) out.add(SymbolTable.symbolName(op));
        return out;
    }

    @Test
    void sccsComeCalleesFirstWithCyclesTogether() {
        Operation module = PassFixture.parse("""
            func.func @a() { call @b() : () -> () return }
            func.func @b() { call @c() : () -> () return }
            func.func @c() { call @b() : () -> () call @d() : () -> () return }
            func.func @d() { return }
            func.func private @ext()
            func.func @e() { call @ext() : () -> () return }
            """);
        CallGraph g = CallGraph.build(module);
        assertEquals(5, g.nodes().size(), "the external declaration is no node");
        List<List<String>> sccs = new ArrayList<>();
        for (List<Operation> scc : g.sccsCalleesFirst()) sccs.add(names(scc).stream().sorted().toList());
        assertEquals(List.of(List.of("d"), List.of("b", "c"), List.of("a"), List.of("e")), sccs);
    }

    @Test
    void recursionIsNeverUnrolledAndTheRestInlines() {
        String out = PassFixture.run(new Inline(), """
            func.func @self(%a: i32) -> i32 {
              %0 = call @self(%a) : (i32) -> i32
              return %0 : i32
            }
            func.func @user(%a: i32) -> i32 {
              %0 = call @self(%a) : (i32) -> i32
              %1 = call @self(%0) : (i32) -> i32
              return %1 : i32
            }
            """);
        // @self calls itself: inlining it anywhere would only expose the same call again.
        assertEquals(3, out.split("call @self", -1).length - 1, out);
    }

    @Test
    void recursionThroughAnotherSccEnds() {
        String out = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
            () -> PassFixture.run(new Inline(), """
                func.func @f(%a: i32) -> i32 {
                  %0 = call @g(%a) : (i32) -> i32
                  return %0 : i32
                }
                func.func @g(%a: i32) -> i32 {
                  %0 = call @h(%a) : (i32) -> i32
                  return %0 : i32
                }
                func.func @h(%a: i32) -> i32 {
                  %0 = call @g(%a) : (i32) -> i32
                  return %0 : i32
                }
                """));
        // g then h were inlined into f; the call to g that h brings in stays (g is in its inline history).
        assertEquals(3, out.split("call @", -1).length - 1, out);
    }

    @Test
    void calleesWithOpsOfDialectsWithoutAnInlinerStay() {
        String out = PassFixture.run(new Inline(), """
            func.func private @opaque(%a: i32) -> i32 {
              %0 = "foreign.op"(%a) : (i32) -> i32
              return %0 : i32
            }
            func.func @user(%a: i32) -> i32 {
              %0 = call @opaque(%a) : (i32) -> i32
              %1 = call @opaque(%0) {no_inline} : (i32) -> i32
              return %1 : i32
            }
            """);
        assertTrue(out.contains("call @opaque(%arg0)"), out);
        assertTrue(out.contains("func.func private @opaque"), "still called, so kept");
        assertFalse(out.contains("\"foreign.op\"(%arg0) : (i32) -> i32\n    %"), out);
    }

    @Test
    void opPipelinesReplaceTheDefaultForTheirOps() {
        String ir = """
            func.func private @k() -> i32 {
              %c = arith.constant 1 : i32
              %d = arith.constant 1 : i32
              %s = arith.addi %c, %d : i32
              return %s : i32
            }
            func.func @user() -> i32 {
              %0 = call @k() : () -> i32
              return %0 : i32
            }
            """;
        Inline withCse = new Inline();
        withCse.option("op-pipelines").parse("func.func(cse)");
        String cse = PassFixture.run(withCse, ir);
        assertTrue(cse.contains("arith.addi"), "cse merges the constants but does not fold: " + cse);
        String dflt = PassFixture.run(new Inline(), ir);
        assertFalse(dflt.contains("arith.addi"), "canonicalize folds: " + dflt);
    }
}

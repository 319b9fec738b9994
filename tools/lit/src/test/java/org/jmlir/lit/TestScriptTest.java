package org.jmlir.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RUN/REQUIRES/UNSUPPORTED/XFAIL parsing and feature expressions. */
class TestScriptTest {
    @Test
    void runLinesWithAnyCommentLeader() throws TestScript.Invalid {
        TestScript s = TestScript.parse("// RUN: a\n# RUN: b \\\n# RUN: c\n; RUN: d %(line) %(line+2) %(line - 1)\n"
                + "RUN: e\n");
        assertEquals(List.of(new TestScript.RunLine(1, "a"), new TestScript.RunLine(2, "b  c"),
                new TestScript.RunLine(4, "d 4 6 3"), new TestScript.RunLine(5, "e")), s.runLines());
    }

    @Test
    void featureLists() throws TestScript.Invalid {
        TestScript s = TestScript.parse("// REQUIRES: a, b\n// REQUIRES: c\n// UNSUPPORTED: x || \\\n// UNSUPPORTED: y\n"
                + "// XFAIL: *\n// RUN: true\n");
        assertEquals(List.of("a", "b", "c"), s.requires());
        assertEquals(List.of("x || y"), s.unsupported());
        assertEquals(List.of("*"), s.xfails());
    }

    @Test
    void endStopsScanning() throws TestScript.Invalid {
        assertEquals(1, TestScript.parse("// RUN: a\n// END.\n// RUN: b\n").runLines().size());
    }

    @Test
    void invalidScripts() {
        assertThrows(TestScript.Invalid.class, () -> TestScript.parse("// CHECK: x\n"));
        assertThrows(TestScript.Invalid.class, () -> TestScript.parse("// RUN: a \\\n"));
        assertThrows(TestScript.Invalid.class, () -> TestScript.parse("// DEFINE: %{x} = y\n// RUN: a\n"));
    }

    @Test
    void booleanExpressions() {
        Set<String> f = Set.of("mlir-opt", "x86_64-linux", "asserts");
        assertTrue(BooleanExpression.evaluate("mlir-opt", f));
        assertTrue(BooleanExpression.evaluate("true", f));
        assertFalse(BooleanExpression.evaluate("!asserts", f));
        assertTrue(BooleanExpression.evaluate("asserts && (nope || mlir-opt)", f));
        assertTrue(BooleanExpression.evaluate("x86_64-{{.*}}", f));
        assertFalse(BooleanExpression.evaluate("{{arm.*}}", f));
        assertThrows(IllegalArgumentException.class, () -> BooleanExpression.evaluate("a &&", f));
        assertThrows(IllegalArgumentException.class, () -> BooleanExpression.evaluate("(a", f));
        assertThrows(IllegalArgumentException.class, () -> BooleanExpression.evaluate("a b c $", f));
    }
}

package org.jmlir.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regexes, string and numeric variables. */
class PatternsTest {
    @TempDir Path dir;
    FileCheckHarness fc;

    @BeforeEach
    void setUp() { fc = new FileCheckHarness(dir); }

    @Test
    void regexBlocks() {
        assertTrue(fc.run("// CHECK: %{{[0-9]+}} = arith.addi\n", "%12 = arith.addi %a, %b\n").passed());
        assertTrue(fc.run("// CHECK: func{{.*}}@main\n", "func.func private @main()\n").passed());
        assertTrue(fc.run("// CHECK: a{{x|y}}b\n", "ayb\n").passed());
        assertEquals(1, fc.run("// CHECK: a{{x|y}}b\n", "axyb\n").status());
        assertTrue(fc.run("// CHECK: {{[[:digit:]]+}}x\n", "12x\n").passed());
    }

    @Test
    void regexDotDoesNotCrossLines() {
        assertEquals(1, fc.run("// CHECK: a{{.*}}b\n", "a\nb\n").status());
        assertEquals(1, fc.run("// CHECK: a{{[^x]*}}b\n", "a\nb\n").status());
    }

    @Test
    void literalTextIsNotARegex() {
        assertTrue(fc.run("// CHECK: a.b(c)*\n", "a.b(c)*\n").passed());
        assertEquals(1, fc.run("// CHECK: a.b\n", "axb\n").status());
        assertTrue(fc.run("// CHECK{LITERAL}: [[x]] {{y}}\n", "[[x]] {{y}}\n").passed());
    }

    @Test
    void invalidRegexIsReportedLikeLlvm() {
        FileCheckHarness.Result r = fc.run("// CHECK: {{a**}}\n", "aa\n");
        assertEquals(2, r.status());
        assertEquals("check.mlir:1:13: error: invalid regex: repetition-operator operand invalid\n"
                + "// CHECK: {{a**}}\n            ^\n", r.err());
        assertTrue(fc.run("// CHECK: {{a\n", "a\n").err().contains("found start of regex string with no end '}}'"));
    }

    @Test
    void stringVariables() {
        String check = "// CHECK: %[[V:[0-9]+]] = arith.constant\n// CHECK: return %[[V]]\n";
        assertTrue(fc.run(check, "%3 = arith.constant 1\nreturn %3\n").passed());
        FileCheckHarness.Result r = fc.run(check, "%3 = arith.constant 1\nreturn %4\n");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("note: with \"V\" equal to \"3\""), r.err());
    }

    @Test
    void variableDefinedAndUsedOnTheSameLine() {
        assertTrue(fc.run("// CHECK: [[X:[a-z]+]] = [[X]]\n", "ab = ab\n").passed());
        assertEquals(1, fc.run("// CHECK: [[X:[a-z]+]] = [[X]]\n", "ab = cd\n").status());
    }

    @Test
    void undefinedVariable() {
        FileCheckHarness.Result r = fc.run("// CHECK: [[Y]]z\n", "foo\n");
        assertEquals(1, r.status());
        assertEquals("check.mlir:1:13: error: undefined variable: Y\n// CHECK: [[Y]]z\n            ^\n", r.err());
    }

    @Test
    void varScopeClearsLocalsAtLabels() {
        String check = "// CHECK-LABEL: f\n// CHECK: [[V:[a-z]]]\n// CHECK-LABEL: g\n// CHECK: [[V]]\n";
        assertTrue(fc.run(check, "f\nq\ng\nq\n").passed());
        FileCheckHarness.Result r = fc.run(check, "f\nq\ng\nq\n", "--enable-var-scope");
        assertTrue(r.err().contains("undefined variable: V"), r.err());
    }

    @Test
    void numericVariables() {
        assertTrue(fc.run("// CHECK: [[#N:]]\n// CHECK: [[#N+1]]\n", "10\n11\n").passed());
        assertEquals(1, fc.run("// CHECK: [[#N:]]\n// CHECK: [[#N+1]]\n", "10\n12\n").status());
        assertTrue(fc.run("// CHECK: [[#%x,A:]]\n// CHECK: [[#A+1]]\n", "ff\n100\n").passed());
        assertTrue(fc.run("// CHECK: [[#N:]]\n// CHECK: [[#M:N*2]]\n", "1\n2\n").err()
                .contains("unsupported operation '*'"));
        assertTrue(fc.run("// CHECK: [[#N:]]\n// CHECK: [[#mul(N,2)]]\n", "3\n6\n").passed());
    }

    @Test
    void lineVariable() {
        assertTrue(fc.run("// CHECK: line [[@LINE]]\n// CHECK: [[#@LINE-1]]\n", "line 1\n1\n").passed());
    }

    @Test
    void posixLongestMatchForAlternatives() {
        // POSIX takes the longest alternative at the leftmost position; Java would take "b".
        // ({{^}} matches where the search starts, i.e. right after the previous match.)
        assertTrue(fc.run("// CHECK: a{{(b|bc)}}\n// CHECK-SAME: {{^}}d\n", "abcd\n").passed());
        assertEquals(1, fc.run("// CHECK: a{{(b|bc)}}\n// CHECK-SAME: {{^}}c\n", "abc\n").status());
    }
}

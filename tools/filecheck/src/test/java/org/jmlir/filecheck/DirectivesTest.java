package org.jmlir.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each directive, passing and failing. */
class DirectivesTest {
    @TempDir Path dir;
    FileCheckHarness fc;

    @BeforeEach
    void setUp() { fc = new FileCheckHarness(dir); }

    @Test
    void checkFindsStringsInOrder() {
        assertTrue(fc.run("// CHECK: one\n// CHECK: three\n", "one\ntwo\nthree\n").passed());
        FileCheckHarness.Result r = fc.run("// CHECK: three\n// CHECK: one\n", "one\ntwo\nthree\n");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("check.mlir:2:11: error: CHECK: expected string not found in input"), r.err());
    }

    @Test
    void checkMatchesWithinLines() {
        assertTrue(fc.run("// CHECK: b c\n// CHECK: d\n", "a b c d\n").passed());
    }

    @Test
    void nextRequiresTheFollowingLine() {
        assertTrue(fc.run("// CHECK: a\n// CHECK-NEXT: b\n", "a\nb\n").passed());
        FileCheckHarness.Result r = fc.run("// CHECK: a\n// CHECK-NEXT: b\n", "a\nx\nb\n");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("error: CHECK-NEXT: is not on the line after the previous match"), r.err());
        r = fc.run("// CHECK: a\n// CHECK-NEXT: b\n", "a b\n");
        assertTrue(r.err().contains("error: CHECK-NEXT: is on the same line as previous match"), r.err());
    }

    @Test
    void sameRequiresTheSameLine() {
        assertTrue(fc.run("// CHECK: a\n// CHECK-SAME: b\n// CHECK-SAME: c\n", "a b c\n").passed());
        FileCheckHarness.Result r = fc.run("// CHECK: a\n// CHECK-SAME: b\n", "a\nb\n");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("error: CHECK-SAME: is not on the same line as the previous match"), r.err());
    }

    @Test
    void notExcludesStringsBetweenMatches() {
        String check = "// CHECK: start\n// CHECK-NOT: bad\n// CHECK: end\n";
        assertTrue(fc.run(check, "start\nok\nend\nbad\n").passed());
        FileCheckHarness.Result r = fc.run(check, "start\nbad\nend\n");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("check.mlir:2:15: error: CHECK-NOT: excluded string found in input"), r.err());
        assertTrue(r.err().contains("<stdin>:2:1: note: found here\nbad\n^~~\n"), r.err());
    }

    @Test
    void trailingNotChecksTheRestOfTheInput() {
        assertTrue(fc.run("// CHECK: a\n// CHECK-NOT: z\n", "z\na\n").passed());
        assertEquals(1, fc.run("// CHECK: a\n// CHECK-NOT: z\n", "a\nz\n").status());
    }

    @Test
    void dagMatchesInAnyOrderWithoutOverlap() {
        String check = "// CHECK-DAG: x\n// CHECK-DAG: y\n// CHECK: z\n";
        assertTrue(fc.run(check, "y\nx\nz\n").passed());
        assertEquals(1, fc.run(check, "y\nz\nx\n").status());
        // Two identical DAG patterns need two occurrences.
        String twice = "// CHECK-DAG: x\n// CHECK-DAG: x\n";
        assertTrue(fc.run(twice, "x\nx\n").passed());
        FileCheckHarness.Result r = fc.run(twice, "x\n");
        assertTrue(r.err().contains("error: CHECK-DAG: expected string not found in input"), r.err());
    }

    @Test
    void notBetweenDagGroupsGuardsTheGap() {
        String check = "// CHECK: a\n// CHECK-DAG: b\n// CHECK-NOT: c\n// CHECK-DAG: d\n// CHECK: e\n";
        assertTrue(fc.run(check, "a\nb\nd\nc\ne\n").passed());
        assertEquals(1, fc.run(check, "a\nb\nc\nd\ne\n").status());
    }

    @Test
    void labelsPartitionTheInput() {
        String check = "// CHECK-LABEL: func1\n// CHECK: a\n// CHECK-LABEL: func2\n// CHECK: b\n";
        assertTrue(fc.run(check, "func1\na\nfunc2\nb\n").passed());
        // 'a' is only in func2's block: func1's check fails, and func2's block is still checked.
        FileCheckHarness.Result r = fc.run(check, "func1\nb\nfunc2\na\n");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("check.mlir:2:11: error: CHECK: expected string not found in input"), r.err());
        assertTrue(r.err().contains("check.mlir:4:11: error: CHECK: expected string not found in input"), r.err());
    }

    @Test
    void missingLabelStopsChecking() {
        FileCheckHarness.Result r = fc.run("// CHECK-LABEL: f\n// CHECK-LABEL: g\n", "f\nh\n");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("error: CHECK-LABEL: expected string not found in input"), r.err());
    }

    @Test
    void emptyMatchesAnEmptyNextLine() {
        assertTrue(fc.run("// CHECK: a\n// CHECK-EMPTY:\n// CHECK-NEXT: b\n", "a\n\nb\n").passed());
        FileCheckHarness.Result r = fc.run("// CHECK: a\n// CHECK-EMPTY:\n", "a\nx\n\n");
        assertTrue(r.err().contains("error: CHECK-EMPTY: is not on the line after the previous match"), r.err());
        r = fc.run("// CHECK: a\n// CHECK-EMPTY: x\n", "a\n");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("found non-empty check string for empty check with prefix 'CHECK:'"));
    }

    @Test
    void countMatchesRepeatedly() {
        assertTrue(fc.run("// CHECK-COUNT-3: a\n// CHECK-NOT: a\n", "a\na a\nb\n").passed());
        FileCheckHarness.Result r = fc.run("// CHECK-COUNT-3: a\n", "a\na\nb\n");
        assertTrue(r.err().contains("error: CHECK-COUNT: expected string not found in input (3 out of 3)"),
                r.err());
    }

    @Test
    void commentAndRunLinesAreIgnored() {
        assertTrue(fc.run("// RUN: cat %s | FileCheck %s\n// COM: CHECK: never\n// CHECK: yes\n", "yes\n").passed());
    }

    @Test
    void emptyPatternIsAnError() {
        FileCheckHarness.Result r = fc.run("// CHECK:\n", "x\n");
        assertEquals(2, r.status());
        assertEquals("check.mlir:1:10: error: found empty check string with prefix 'CHECK:'\n// CHECK:\n         ^\n",
                r.err());
    }

    @Test
    void nextWithoutPreviousCheckIsAnError() {
        FileCheckHarness.Result r = fc.run("// CHECK-NEXT: a\n", "a\n");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("error: found 'CHECK-NEXT' without previous 'CHECK: line"), r.err());
    }

    @Test
    void noDirectivesIsAnError() {
        FileCheckHarness.Result r = fc.run("// nothing here\n", "a\n");
        assertEquals(2, r.status());
        assertEquals("error: no check strings found with prefix 'CHECK:'\n", r.err());
    }

    @Test
    void misspelledAndUnsupportedDirectives() {
        assertTrue(fc.run("// CHECK_NEXT: a\n", "a\n").err().contains("misspelled directive 'CHECK_NEXT:'"));
        assertTrue(fc.run("// CHECK-NOT-NEXT: a\n", "a\n").err().contains("unsupported -NOT combo"));
        assertTrue(fc.run("// CHECK-COUNT-0: a\n", "a\n").err().contains("invalid count in -COUNT"));
    }

    @Test
    void prefixMustNotBePartOfALongerWord() {
        assertTrue(fc.run("// XCHECK: missing\n// CHECK: a\n", "a\n").passed());
    }
}

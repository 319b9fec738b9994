package org.jmlir.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line options. */
class OptionsTest {
    @TempDir Path dir;
    FileCheckHarness fc;

    @BeforeEach
    void setUp() { fc = new FileCheckHarness(dir); }

    @Test
    void whitespaceIsCanonicalizedByDefault() {
        assertTrue(fc.run("// CHECK: a   b\n", "a\t \tb\n").passed());
        assertTrue(fc.run("// CHECK: a b\n", "  a    b  \n").passed());
    }

    @Test
    void strictWhitespace() {
        assertEquals(1, fc.run("// CHECK: a b\n", "a  b\n", "--strict-whitespace").status());
        assertTrue(fc.run("// CHECK: a  b\n", "a  b\n", "--strict-whitespace").passed());
    }

    @Test
    void matchFullLines() {
        assertTrue(fc.run("// CHECK: a b\n", "  a b  \n", "--match-full-lines").passed());
        assertEquals(1, fc.run("// CHECK: a b\n", "a b c\n", "--match-full-lines").status());
        // With both options even the blank after "CHECK:" is part of the pattern.
        assertTrue(fc.run("// CHECK: a b\n", " a b\n", "--match-full-lines", "--strict-whitespace").passed());
        assertEquals(1, fc.run("// CHECK: a b\n", "a b\n", "--match-full-lines", "--strict-whitespace").status());
        // CHECK-NOT is not anchored.
        assertEquals(1, fc.run("// CHECK: x\n// CHECK-NOT: y\n", "x\nzyz\n", "--match-full-lines").status());
    }

    @Test
    void implicitCheckNot() {
        FileCheckHarness.Result r = fc.run("// CHECK: a\n", "a\nerror: boom\n", "--implicit-check-not=error");
        assertEquals(1, r.status());
        assertEquals("command line:1:22: error: IMPLICIT-CHECK-NOT: excluded string found in input\n"
                + "-implicit-check-not='error'\n                     ^\n"
                + "<stdin>:2:1: note: found here\nerror: boom\n^~~~~\n", r.err());
        assertTrue(fc.run("// CHECK: a\n", "a\nok\n", "--implicit-check-not", "error").passed());
        // Also between checks, and with regexes.
        assertEquals(1, fc.run("// CHECK: a\n// CHECK: c\n", "a\nwarning: x\nc\n",
                "--implicit-check-not={{warning|error}}").status());
    }

    @Test
    void checkPrefixes() {
        String check = "// A: x\n// B: y\n// C: never\n";
        assertTrue(fc.run(check, "x\ny\n", "--check-prefixes=A,B").passed());
        assertTrue(fc.run(check, "x\n", "--check-prefix=A").passed());
        assertTrue(fc.run(check, "x\ny\n", "--check-prefix=A", "--check-prefix", "B").passed());
        assertEquals(1, fc.run(check, "x\nz\n", "--check-prefixes=A,B").status());
        // Prefixes without directives are fine while another one is used...
        assertTrue(fc.run(check, "x\n", "--check-prefixes=A,UNUSED").passed());
        // ...but not when none is.
        FileCheckHarness.Result r = fc.run(check, "x\n", "--check-prefixes=P,Q");
        assertEquals(2, r.status());
        assertEquals("error: no check strings found with prefixes 'P:', 'Q:'\n", r.err());
        r = fc.run(check, "x\n", "--check-prefixes=A,UNUSED", "--allow-unused-prefixes=false");
        assertEquals("error: no check strings found with prefix 'UNUSED:'\n", r.err());
    }

    @Test
    void badPrefixes() {
        assertTrue(fc.run("// A: x\n", "x\n", "--check-prefixes=A,A").err().contains("must be unique"));
        assertTrue(fc.run("// A: x\n", "x\n", "--check-prefix=A B").err().contains("must start with a letter"));
    }

    @Test
    void ignoreCase() {
        assertTrue(fc.run("// CHECK: FOO{{B.R}}\n", "foobar\n", "--ignore-case").passed());
        assertEquals(1, fc.run("// CHECK: FOO\n", "foo\n").status());
    }

    @Test
    void definesFromTheCommandLine() {
        assertTrue(fc.run("// CHECK: [[FOO]]\n", "bar\n", "-DFOO=bar").passed());
        assertTrue(fc.run("// CHECK: [[#N+1]]\n", "6\n", "-D#N=5").passed());
    }

    @Test
    void inputFileAndEmptyInput() throws Exception {
        Files.writeString(dir.resolve("in.txt"), "hello\n");
        assertTrue(fc.run("// CHECK: hello\n", "", "--input-file=in.txt").passed());
        assertTrue(fc.run("// CHECK: hello\n", "", "--input-file", "in.txt").passed());
        FileCheckHarness.Result r = fc.run("// CHECK: hello\n", "");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("FileCheck error: '<stdin>' is empty.\n"), r.err());
        assertEquals(1, fc.run("// CHECK: hello\n", "", "--allow-empty").status());
        assertTrue(fc.run("// CHECK-NOT: hello\n", "", "--allow-empty").passed());
    }

    @Test
    void ignoredAndUnknownOptions() {
        assertTrue(fc.run("// CHECK: a\n", "a\n", "--dump-input=fail", "-dump-input=never", "--color").passed());
        FileCheckHarness.Result r = fc.run("// CHECK: a\n", "a\n", "--bogus");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Unknown command line argument '--bogus'"), r.err());
        assertEquals(2, fc.runArgs(List.of(), "a\n").status());
        assertTrue(fc.runArgs(List.of("missing.mlir"), "a\n").err()
                .contains("Could not open check file 'missing.mlir'"));
    }

    @Test
    void verbosePrintsRemarks() {
        FileCheckHarness.Result r = fc.run("// CHECK: [[X:fo+]]\n", "foo\n", "-v");
        assertTrue(r.passed());
        assertEquals("check.mlir:1:11: remark: CHECK: expected string found in input\n// CHECK: [[X:fo+]]\n"
                + "          ^\n<stdin>:1:1: note: found here\nfoo\n^~~\n<stdin>:1:1: note: captured var \"X\"\n"
                + "foo\n^~~\n", r.err());
    }
}

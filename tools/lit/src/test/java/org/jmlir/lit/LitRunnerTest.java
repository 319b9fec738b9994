package org.jmlir.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** The runner end to end, with small fake tools. */
class LitRunnerTest {
    @TempDir Path suite;
    @TempDir Path temp;
    LitRunner runner;

    /** Upper-cases stdin; with arguments, prints them instead. */
    static final Tool UPPER = (args, in, out, err) -> {
        if (!args.isEmpty()) {
            out.println(String.join(" ", args));
            return 0;
        }
        out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT));
        return 0;
    };

    @BeforeEach
    void setUp() {
        runner = LitRunner.builder()
                .tool("upper", UPPER)
                .tool("fail-with", (args, in, out, err) -> {
                    err.println("failing on purpose");
                    return Integer.parseInt(args.get(0));
                })
                .tool("crashy", (args, in, out, err) -> {
                    throw new IllegalStateException("boom");
                })
                .feature("fast")
                .substitution("%upper", "upper")
                .tempDir(temp)
                .build();
    }

    private Path write(String name, String text) throws IOException {
        Path p = suite.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private TestResult run(String text) throws IOException {
        return runner.runFile(write("test.mlir", text));
    }

    private static void assertPass(TestResult r) {
        assertEquals(TestResult.Status.PASS, r.status(), r::transcript);
    }

    private static void assertFail(TestResult r) {
        assertEquals(TestResult.Status.FAIL, r.status(), r::transcript);
    }

    @Test
    void pipesIntoFileCheck() throws IOException {
        assertPass(run("// RUN: echo hello world | upper | FileCheck %s\n// CHECK: HELLO WORLD\n"));
        assertPass(run("// RUN: upper a b | filecheck %s\n// CHECK: a b\n"));
    }

    @Test
    void failingFileCheckGivesAReadableTranscript() throws IOException {
        TestResult r = run("// RUN: echo hello | FileCheck %s\n// CHECK: goodbye\n");
        assertFail(r);
        String t = r.transcript();
        assertTrue(t.contains("# RUN: at line 1\necho hello | FileCheck " + suite.resolve("test.mlir")), t);
        assertTrue(t.contains("# executed command: echo hello\n"), t);
        assertTrue(t.contains("# | " + suite.resolve("test.mlir") + ":2:11: error: CHECK: expected string not found"
                + " in input\n"), t);
        assertTrue(t.contains("# | // CHECK: goodbye\n"), t);
        assertTrue(t.contains("# error: command failed with exit status: 1"), t);
    }

    @Test
    void pipefail() throws IOException {
        assertFail(run("// RUN: false | true\n"));
        assertFail(run("// RUN: fail-with 3 | upper\n"));
        assertTrue(run("// RUN: fail-with 3 | upper\n").transcript().contains("exit status: 3"));
    }

    @Test
    void notInvertsAndCrashesAreSpecial() throws IOException {
        assertPass(run("// RUN: not fail-with 2\n"));
        assertFail(run("// RUN: not true\n"));
        assertPass(run("// RUN: not not true\n"));
        assertPass(run("// RUN: not --crash crashy\n"));
        assertFail(run("// RUN: not --crash fail-with 1\n"));
        TestResult r = run("// RUN: not crashy\n");
        assertFail(r);
        r = run("// RUN: crashy\n");
        assertFail(r);
        assertTrue(r.transcript().contains("java.lang.IllegalStateException: boom"), r.transcript());
        assertTrue(r.transcript().contains("command crashed with exit status: 134"), r.transcript());
    }

    @Test
    void redirects() throws IOException {
        assertPass(run("""
                // RUN: echo one > %t
                // RUN: echo two >> %t
                // RUN: FileCheck %s < %t
                // RUN: cat %t | FileCheck %s
                // CHECK: one
                // CHECK-NEXT: two
                """));
        assertPass(run("""
                // RUN: fail-with 0 2>&1 | FileCheck %s
                // RUN: fail-with 0 2> %t.err | count 0
                // RUN: FileCheck %s --input-file=%t.err
                // RUN: fail-with 0 2>/dev/null | count 0
                // RUN: fail-with 0 &> %t.both && FileCheck %s < %t.both
                // CHECK: failing on purpose
                """));
        assertPass(run("// RUN: echo x > /dev/null\n// RUN: FileCheck %s --allow-empty --check-prefix=N < /dev/null\n"
                + "// N-NOT: x\n"));
    }

    @Test
    void substitutions() throws IOException {
        Path file = write("sub/dir/subst.mlir", """
                // RUN: echo %s %S %p | FileCheck %s --check-prefix=PATHS
                // RUN: echo %t %T | FileCheck %s --check-prefix=TMP
                // RUN: echo 100%% %upper | FileCheck %s --check-prefix=PCT
                // PATHS: [[FILE:.*subst.mlir]] [[DIR:.*dir]] [[DIR]]
                // TMP: {{.*}}Output{{/|\\\\}}subst.mlir.tmp {{.*}}Output
                // PCT: 100% upper
                """);
        TestResult r = runner.runFile(file);
        assertPass(r);
        assertTrue(r.transcript().contains("echo " + file + " " + file.getParent() + " " + file.getParent()),
                r.transcript());
    }

    @Test
    void continuationLines() throws IOException {
        TestResult r = run("""
                // RUN: echo a b \\
                // RUN:   c | \\
                // RUN: FileCheck %s
                // CHECK: a b c
                """);
        assertPass(r);
        // As in lit, the backslash is dropped and the next line appended verbatim.
        assertTrue(r.transcript().contains("# RUN: at line 1\necho a b    c |  FileCheck "), r.transcript());
    }

    @Test
    void sequencesAndConditionals() throws IOException {
        assertPass(run("// RUN: false || echo ok | FileCheck %s\n// CHECK: ok\n"));
        assertFail(run("// RUN: true && false\n"));
        assertPass(run("// RUN: false ; true\n"));
    }

    @Test
    void requiresAndUnsupported() throws IOException {
        TestResult r = run("// REQUIRES: fast, slow\n// RUN: false\n");
        assertEquals(TestResult.Status.UNSUPPORTED, r.status());
        assertEquals("Test requires the following unavailable features: slow", r.transcript());
        assertPass(run("// REQUIRES: fast && !slow\n// RUN: true\n"));
        assertEquals(TestResult.Status.UNSUPPORTED, run("// UNSUPPORTED: fast\n// RUN: true\n").status());
        assertPass(run("// UNSUPPORTED: slow\n// RUN: true\n"));
    }

    @Test
    void xfail() throws IOException {
        assertEquals(TestResult.Status.XFAIL, run("// XFAIL: *\n// RUN: false\n").status());
        TestResult r = run("// XFAIL: *\n// RUN: true\n");
        assertEquals(TestResult.Status.XPASS, r.status());
        assertTrue(r.status().isFailure());
        assertPass(run("// XFAIL: slow\n// RUN: true\n"));
    }

    @Test
    void commandNotFound() throws IOException {
        TestResult r = run("// RUN: mlir-opt-typo %s\n");
        assertFail(r);
        assertTrue(r.transcript().contains("command not found: mlir-opt-typo"), r.transcript());
        assertFail(run("// RUN: not mlir-opt-typo %s\n"));
    }

    @Test
    void noRunLines() throws IOException {
        TestResult r = run("// CHECK: nothing\n");
        assertFail(r);
        assertEquals("Test has no 'RUN:' line", r.transcript());
    }

    @Test
    void builtins() throws IOException {
        assertPass(run("""
                // RUN: rm -rf %t && mkdir -p %t/sub
                // RUN: echo a > %t/sub/x.txt
                // RUN: cp %t/sub/x.txt %t/y.txt
                // RUN: diff %t/sub/x.txt %t/y.txt
                // RUN: echo b > %t/z.txt
                // RUN: not diff %t/y.txt %t/z.txt | FileCheck %s
                // RUN: printf-is-not-builtin 2>&1 | count 1 || true
                // RUN: cat %t/y.txt %t/z.txt | count 2
                // RUN: cd %t && cat y.txt | FileCheck %s --check-prefix=CD
                // CHECK: -a
                // CHECK-NEXT: +b
                // CD: a
                """));
    }

    @Test
    void globs() throws IOException {
        assertPass(run("""
                // RUN: rm -rf %t && mkdir -p %t && cd %t
                // RUN: echo 1 > a.txt && echo 2 > b.txt && cat *.txt | FileCheck %s
                // CHECK: 1
                // CHECK-NEXT: 2
                """));
    }

    @Test
    void constructorWithMapsAndSubstitutionList() throws IOException {
        LitRunner r = new LitRunner(Map.of("up", UPPER), Set.of(), List.of(Map.entry("%x", "hi")));
        assertPass(r.runFile(write("ctor.mlir", "// RUN: echo %x | up | FileCheck %s\n// CHECK: HI\n")));
    }

    @Test
    void dynamicTestsDiscoverAndReport() throws Throwable {
        write("b/pass.mlir", "// RUN: true\n");
        write("a/fail.mlir", "// RUN: false\n");
        write("a/skip.mlir", "// REQUIRES: nope\n// RUN: true\n");
        write("a/Inputs/helper.mlir", "not a test\n");
        write("a/notes.txt", "// RUN: false\n");
        List<DynamicTest> tests = runner.dynamicTests(suite).toList();
        assertEquals(List.of("a/fail.mlir", "a/skip.mlir", "b/pass.mlir"),
                tests.stream().map(DynamicTest::getDisplayName).toList());
        AssertionError failure = assertThrows(AssertionError.class, () -> tests.get(0).getExecutable().execute());
        assertTrue(failure.getMessage().startsWith("FAIL: a/fail.mlir\n# RUN: at line 1\nfalse\n"),
                failure.getMessage());
        assertThrows(TestAbortedException.class, () -> tests.get(1).getExecutable().execute());
        tests.get(2).getExecutable().execute();
    }
}

package org.jmlir.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole diagnostics, byte for byte as LLVM 22's FileCheck prints them (with --dump-input=never). */
class MessageFormatTest {
    @TempDir Path dir;
    FileCheckHarness fc;

    @BeforeEach
    void setUp() { fc = new FileCheckHarness(dir); }

    @Test
    void notFoundWithFuzzyMatch() {
        FileCheckHarness.Result r = fc.run("// CHECK: hello world\n", "zzz\nhello wrld\n");
        assertEquals("""
                check.mlir:1:11: error: CHECK: expected string not found in input
                // CHECK: hello world
                          ^
                <stdin>:1:1: note: scanning from here
                zzz
                ^
                <stdin>:2:1: note: possible intended match here
                hello wrld
                ^
                """, r.err());
    }

    @Test
    void scanningStartsAfterThePreviousMatch() {
        FileCheckHarness.Result r =
                fc.run("// CHECK: foo\n// CHECK-NEXT: bar\n// CHECK: baz{{[0-9]+}}\n", "foo\nbar\nbaq12\n");
        assertEquals("""
                check.mlir:3:11: error: CHECK: expected string not found in input
                // CHECK: baz{{[0-9]+}}
                          ^
                <stdin>:2:4: note: scanning from here
                bar
                   ^
                <stdin>:3:1: note: possible intended match here
                baq12
                ^
                """, r.err());
    }

    @Test
    void nextOnWrongLine() {
        FileCheckHarness.Result r = fc.run("// CHECK: foo\n// CHECK-NEXT: baz\n", "foo\nbar\nbaz\n");
        assertEquals("""
                check.mlir:2:16: error: CHECK-NEXT: is not on the line after the previous match
                // CHECK-NEXT: baz
                               ^
                <stdin>:3:1: note: 'next' match was here
                baz
                ^
                <stdin>:1:4: note: previous match ended here
                foo
                   ^
                <stdin>:2:1: note: non-matching line after previous match is here
                bar
                ^
                """, r.err());
    }

    @Test
    void excludedStringWithVariable() {
        FileCheckHarness.Result r = fc.run(
                "// CHECK-DAG: a = [[X:[0-9]+]]\n// CHECK-NOT: b = [[X]]\n// CHECK: end\n", "a = 1\nb = 1\nend\n");
        assertEquals("""
                check.mlir:2:15: error: CHECK-NOT: excluded string found in input
                // CHECK-NOT: b = [[X]]
                              ^
                <stdin>:2:1: note: found here
                b = 1
                ^~~~~
                <stdin>:2:1: note: with "X" equal to "1"
                b = 1
                ^
                """, r.err());
    }

    @Test
    void tabsAreExpandedInShownLines() {
        FileCheckHarness.Result r = fc.run("// CHECK: q\tz\n", "\ta\tb\n\tq\tzz\n\tq\tx", "--strict-whitespace");
        assertEquals(0, r.status());
        r = fc.run("// CHECK: a\tc\n", "x\n\ta\tb\n", "--strict-whitespace");
        assertEquals("""
                check.mlir:1:11: error: CHECK: expected string not found in input
                // CHECK: a     c
                          ^
                <stdin>:1:1: note: scanning from here
                x
                ^
                <stdin>:2:2: note: possible intended match here
                        a       b
                        ^
                """, r.err());
    }
}

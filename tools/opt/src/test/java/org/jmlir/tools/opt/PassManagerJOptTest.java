package org.jmlir.tools.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pass manager through jopt: threading, failures, verify-each, reproducers, reports. */
class PassManagerJOptTest {
    record Result(int code, String out, String err) {}

    static Result jopt(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        List<String> a = new ArrayList<>(List.of(args));
        if (!a.contains("-") && a.stream().noneMatch(x -> x.endsWith(".mlir"))) a.add("-");
        int code = JOpt.run(a, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Many functions with duplicate expressions, so that cse has work on each. */
    static String manyFunctions(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("func.func @f").append(i).append("(%a: i32) -> i32 {\n")
                .append("  %0 = arith.addi %a, %a : i32\n  %1 = arith.addi %a, %a : i32\n")
                .append("  %2 = arith.muli %0, %1 : i32\n  return %2 : i32\n}\n");
        }
        return sb.toString();
    }

    @Test
    void threadedOutputAndDiagnosticsEqualSingleThreaded() {
        String in = manyFunctions(200);
        for (String pipeline : List.of("builtin.module(func.func(cse))",
            "builtin.module(func.func(test-remark-each-func,cse),symbol-privatize,symbol-dce)",
            "builtin.module(any(cse,test-remark-each-func))")) {
            Result threaded = jopt(in, "--pass-pipeline=" + pipeline);
            Result single = jopt(in, "--pass-pipeline=" + pipeline, "--mlir-disable-threading");
            assertEquals(0, threaded.code(), threaded.err());
            assertEquals(single.out(), threaded.out(), pipeline);
            assertEquals(single.err(), threaded.err(), pipeline);
        }
        Result r = jopt(in, "--pass-pipeline=builtin.module(func.func(test-remark-each-func))");
        assertTrue(r.err().indexOf("visited f0") < r.err().indexOf("visited f1"));
        assertTrue(r.err().indexOf("visited f198") < r.err().indexOf("visited f199"));
    }

    @Test
    void parallelPrintingPrintsWhatTheSerialPrinterPrints() {
        // Enough ops for the printer to name and print functions on several threads: name hints (%c0, %cst),
        // nested regions reusing numbers, several blocks, multi-result ops, aliases.
        StringBuilder in = new StringBuilder("#map = affine_map<(d0) -> (d0 + 1)>\n");
        for (int i = 0; i < 3000; i++) { // 27000 ops in functions: above the parallel printing threshold
            in.append("func.func @f").append(i).append("(%a: i32, %b: index, %m: memref<4xf32, #map>) -> i32 {\n")
                .append("  %c0 = arith.constant 0 : index\n  %c1 = arith.constant 1 : index\n")
                .append("  %cst = arith.constant 1.0 : f32\n")
                .append("  %s:2 = \"test.two\"(%a) : (i32) -> (i32, i32)\n")
                .append("  %r = scf.for %i = %c0 to %b step %c1 iter_args(%x = %a) -> (i32) {\n")
                .append("    %y = arith.addi %x, %s#1 : i32\n    scf.yield %y : i32\n  }\n")
                .append("  %t = arith.cmpi slt, %r, %a : i32\n  cf.cond_br %t, ^bb1(%r : i32), ^bb2\n")
                .append("^bb1(%v: i32):\n  return %v : i32\n^bb2:\n  return %s#0 : i32\n}\n");
        }
        for (String form : List.of("--mlir-print-debuginfo", "--mlir-print-op-generic")) {
            Result threaded = jopt(in.toString(), "--allow-unregistered-dialect", form);
            Result single = jopt(in.toString(), "--allow-unregistered-dialect", form, "--mlir-disable-threading");
            assertEquals(0, threaded.code(), threaded.err());
            assertEquals(single.out(), threaded.out(), form);
            assertTrue(threaded.out().contains("f2999"), threaded.out().substring(0, 200));
        }
    }

    @Test
    void parallelVerificationReportsLikeTheSerialOne() {
        // Every 7th function is invalid (a type mismatch, a missing terminator operand, a use before definition):
        // the verifier checks functions in parallel unless threading is off, and must report the same errors in
        // the same order, and stop each function at its first error only.
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            in.append("func.func @f").append(i).append("(%a: i32) -> i32 {\n");
            switch (i % 21) {
                case 0 -> in.append("  %0 = arith.addi %a, %a : i32\n  %1 = \"arith.addi\"(%0, %a) : (i32, i32) -> i64\n"
                    + "  return %0 : i32\n");
                case 7 -> in.append("  return\n");
                case 14 -> in.append("  %1 = arith.addi %0, %a : i32\n  %0 = arith.addi %a, %a : i32\n  return %1 : i32\n");
                default -> in.append("  %0 = arith.addi %a, %a : i32\n  return %0 : i32\n");
            }
            in.append("}\n");
        }
        Result threaded = jopt(in.toString());
        Result single = jopt(in.toString(), "--mlir-disable-threading");
        assertEquals(1, threaded.code());
        assertEquals(single.err(), threaded.err());
        assertEquals(single.out(), threaded.out());
        assertEquals(18, threaded.err().split("error: ", -1).length - 1, threaded.err());
        int first = threaded.err().indexOf("error: 'func.return' op has 0 operands");
        int second = threaded.err().indexOf("error: 'arith.addi' op");
        assertTrue(second >= 0 && first > second, threaded.err());
    }

    @Test
    void passFlagsRunInOrderAndDumpThePipeline() {
        Result r = jopt(manyFunctions(1), "--cse", "--symbol-privatize=exclude=f0", "--dump-pass-pipeline");
        assertEquals(0, r.code(), r.err());
        assertEquals("Pass Manager with 2 passes:\nbuiltin.module(\n  cse,\n  symbol-privatize{exclude=f0}\n)\n\n",
            r.err());
        assertFalse(r.out().contains("%1 = arith.addi"));
    }

    @Test
    void aFailingPassStopsThePipelineWithExitOne() {
        Result r = jopt(manyFunctions(3), "--pass-pipeline=builtin.module(func.func(test-fail-on{name=f1}),cse)");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error: test failure requested"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anExceptionBecomesADiagnosticNamingThePass() {
        Result r = jopt(manyFunctions(1), "--test-throw");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error: pass 'test-throw' failed with an internal error: boom"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void verifyEachNamesThePassThatBrokeTheIr() {
        Result r = jopt(manyFunctions(1), "--test-break-ir");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("verification failed after running pass 'test-break-ir'"), r.err());
        assertEquals(0, jopt(manyFunctions(1), "--test-break-ir", "--verify-each=false").code());
    }

    @Test
    void printIrAfterChangeSkipsPassesThatChangedNothing() {
        Result r = jopt(manyFunctions(1), "--pass-pipeline=builtin.module(func.func(cse,cse))",
            "--mlir-print-ir-after-change");
        assertEquals(1, r.err().split("IR Dump After", -1).length - 1, r.err());
        assertTrue(r.err().startsWith("// -----// IR Dump After "), r.err());
        Result all = jopt(manyFunctions(1), "--pass-pipeline=builtin.module(func.func(cse,cse))",
            "--mlir-print-ir-after-all", "--mlir-print-ir-before=cse");
        assertEquals(2, all.err().split("IR Dump After", -1).length - 1, all.err());
        assertEquals(2, all.err().split("IR Dump Before", -1).length - 1, all.err());
    }

    @Test
    void crashReproducerIsWrittenAndReruns(@TempDir Path dir) throws Exception {
        Path repro = dir.resolve("repro.mlir");
        Result r = jopt(manyFunctions(2), "--pass-pipeline=builtin.module(cse,func.func(test-fail-on{name=f1}))",
            "--mlir-pass-pipeline-crash-reproducer=" + repro);
        assertEquals(1, r.code());
        String text = Files.readString(repro);
        assertTrue(text.contains("mlir_reproducer"), text);
        assertTrue(text.contains("pipeline: \"builtin.module(cse,func.func(test-fail-on{name=f1}))\""), text);
        Result again = jopt("", "--run-reproducer", repro.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("test failure requested"), again.err());
    }

    @Test
    void statisticsAndTimingReportsHaveMlirOptsLayout() {
        Result s = jopt(manyFunctions(4), "--pass-pipeline=builtin.module(func.func(cse))", "--mlir-pass-statistics");
        assertTrue(s.err().contains("... Pass statistics report ...\n"), s.err());
        assertTrue(s.err().contains("'func.func' Pipeline\n  CSE\n    (S) 4 num-cse'd"), s.err());
        Result t = jopt(manyFunctions(4), "--pass-pipeline=builtin.module(func.func(cse))", "--mlir-timing",
            "--mlir-timing-display=tree");
        assertTrue(t.err().contains("... Execution time report ..."), t.err());
        assertTrue(t.err().matches("(?s).*\\)  Parser\n.*\\)  'func.func' Pipeline\n.*\\)    CSE\n.*\\)  Output\n"
            + ".*\\)  Rest\n.*\\)  Total\n"), t.err());
    }

    @Test
    void listPassesShowsRegisteredPasses() {
        Result r = jopt("", "--list-passes");
        assertTrue(r.out().contains("--cse"), r.out());
        assertTrue(r.out().contains("--strip-debuginfo"), r.out());
    }
}

package org.jmlir.passes;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.pass.Pass;
import org.jmlir.pass.PassRunner;
import org.jmlir.text.MlirText;
import org.jmlir.text.PrintOptions;
import org.jmlir.verify.Verifier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our transforms against mlir-opt 22's on the lit corpus: every chunk of every {@code test/lit/**}{@code /*.mlir}
 * (split at {@code // -----}) that mlir-opt accepts with a pass must give the same generic output with ours. Each
 * pass runs where mlir-opt's pipeline runs it: on the module, or on each top-level {@code func.func}. Skipped where
 * mlir-opt is not installed ({@code -Djmlir.mlirOpt=PATH} points elsewhere). Chunks that legitimately differ are
 * listed in {@link #EXCLUDED} with the reason; the test fails when one of them stops differing.
 */
class PassDifferentialTest {
    static final Path MLIR_OPT = Path.of(System.getProperty("jmlir.mlirOpt", "/usr/lib/llvm-22/bin/mlir-opt"));

    /** A pass as mlir-opt runs it ({@code pipeline}) and as we run it (on the module, or on each top-level op named {@code anchor}). */
    record Config(String name, String pipeline, String anchor, Supplier<Pass> pass) {}

    static final List<Config> CONFIGS = List.of(
        new Config("cse", "builtin.module(func.func(cse))", "func.func", Cse::new),
        new Config("symbol-dce", "builtin.module(symbol-dce)", null, SymbolDce::new),
        new Config("symbol-privatize", "builtin.module(symbol-privatize)", null, SymbolPrivatize::new),
        new Config("licm", "builtin.module(func.func(loop-invariant-code-motion))", "func.func",
            LoopInvariantCodeMotion::new),
        new Config("canonicalize", "builtin.module(canonicalize)", null, Canonicalize::new),
        new Config("inline", "builtin.module(inline)", null, Inline::new),
        new Config("sccp", "builtin.module(sccp)", null, Sccp::new),
        new Config("control-flow-sink", "builtin.module(func.func(control-flow-sink))", "func.func",
            ControlFlowSink::new));

    /** "pass:file#chunk" → why our output differs. */
    static final Map<String, String> EXCLUDED = Map.of(
        "canonicalize:Dialect/Arith/cmpi.mlir#0", "mlir-opt folds cmpi eq x, x on a dynamically shaped tensor to"
            + " dense<true> : tensor<?x2xi1>, an elements attribute of a type that has no static shape (not a valid"
            + " constant); jmlir folds only statically shaped tensors",
        "canonicalize:Dialect/SCF/forall.mlir#0", "scf.forall's canonicalizations (unused shared_outs, single-iteration"
            + " dims) are not implemented yet: they need the tensor dialect's parallel_insert_slice (issue 4)",
        "inline:Dialect/Arith/cmpi.mlir#0", "inline runs canonicalize: see canonicalize:Dialect/Arith/cmpi.mlir#0",
        "sccp:Dialect/Arith/cmpi.mlir#0", "sccp folds too: see canonicalize:Dialect/Arith/cmpi.mlir#0",
        "inline:Dialect/SCF/forall.mlir#0", "inline runs canonicalize: see canonicalize:Dialect/SCF/forall.mlir#0",
        "symbol-dce:Transforms/cse.mlir#4", "mlir-opt 22 has the 'test' dialect registered, so an unregistered"
            + " test.* op with a region has a dialect there; here it may be an unknown symbol table (an error, as"
            + " mlir-opt gives for foo.* ops)");

    @TestFactory
    Stream<DynamicTest> passesAgreeWithMlirOpt() throws IOException {
        assumeTrue(Files.isExecutable(MLIR_OPT), "mlir-opt not installed at " + MLIR_OPT);
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("test/lit"))) root = root.getParent();
        assumeTrue(root != null, "test/lit not found");
        Path lit = root.resolve("test/lit");
        Path tmp = Files.createTempDirectory("pass-diff");
        List<Path> files;
        try (Stream<Path> s = Files.walk(lit)) {
            // known-gap-* files hold what the parser cannot represent yet (MlirOptDifferentialTest excuses them)
            files = s.filter(p -> p.toString().endsWith(".mlir"))
                .filter(p -> !p.getFileName().toString().startsWith("known-gap-")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Config c : CONFIGS) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                List<String> problems = new ArrayList<>();
                for (Path f : files) compareFile(c, lit.relativize(f).toString(), Files.readString(f), tmp, problems);
                if (!problems.isEmpty()) fail(c.name() + ": " + problems.size() + " chunks differ\n"
                    + String.join("\n", problems));
            }));
        }
        return tests.stream();
    }

    private static void compareFile(Config c, String name, String text, Path tmp, List<String> problems)
            throws Exception {
        List<String> chunks = split(text);
        for (int i = 0; i < chunks.size(); i++) {
            String key = c.name() + ":" + name + "#" + i;
            if (chunks.get(i).contains("expected-")) continue; // diagnostics tests
            String theirs = mlirOpt(chunks.get(i), c.pipeline(), tmp);
            if (theirs == null) continue; // mlir-opt refuses the chunk or the pass fails on it
            String ours = ours(c, chunks.get(i));
            String excuse = EXCLUDED.get(key);
            // mlir-opt ends its output with an empty line
            boolean same = theirs.stripTrailing().equals(ours.stripTrailing());
            if (!same && excuse == null) problems.add(key + ": " + firstDifference(theirs, ours));
            if (same && excuse != null) problems.add(key + " is excluded (" + excuse + ") but agrees now");
        }
    }

    static String ours(Config c, String chunk) {
        Context ctx = Context.withAllDialects();
        ctx.setAllowUnregisteredDialects(true);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ctx.diagnostics().addHandler(d -> { });
        Operation module;
        try {
            module = MlirText.parse(ctx, chunk, "chunk.mlir");
        } catch (RuntimeException e) {
            return "<parse threw " + e + ">";
        }
        if (module == null || !Verifier.verify(module)) return "<rejected>";
        ctx.setErrorStream(new PrintStream(sink));
        boolean failed = false;
        if (c.anchor() == null) {
            failed = PassRunner.run(c.pass().get(), module).failed();
        } else {
            for (Operation op : module.region(0).entryBlock().operations()) {
                if (op.name().equals(c.anchor())) failed |= PassRunner.run(c.pass().get(), op).failed();
            }
        }
        if (failed) return "<pass failed>";
        if (!Verifier.verify(module)) return "<output does not verify>";
        return MlirText.print(module, PrintOptions.GENERIC);
    }

    private static String mlirOpt(String chunk, String pipeline, Path tmp) throws Exception {
        Path in = Files.createTempFile(tmp, "chunk", ".mlir");
        Path out = Files.createTempFile(tmp, "out", ".mlir");
        try {
            Files.writeString(in, chunk);
            Process p = new ProcessBuilder(MLIR_OPT.toString(), "--allow-unregistered-dialect",
                "--mlir-print-op-generic", "--pass-pipeline=" + pipeline, in.toString(), "-o", out.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? Files.readString(out, StandardCharsets.UTF_8) : null;
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }

    static List<String> split(String text) {
        List<String> chunks = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("// -----")) {
                chunks.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(line).append('\n');
            }
        }
        chunks.add(cur.toString());
        return chunks;
    }

    private static String firstDifference(String theirs, String ours) {
        String[] a = theirs.split("\n", -1), b = ours.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end>", y = i < b.length ? b[i] : "<end>";
            if (!x.equals(y)) return "line " + (i + 1) + ": mlir-opt `" + x + "`, ours `" + y + "`";
        }
        return "?";
    }
}

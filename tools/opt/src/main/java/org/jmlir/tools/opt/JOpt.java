package org.jmlir.tools.opt;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jmlir.diag.Diagnostic;
import org.jmlir.diag.DiagnosticRenderer;
import org.jmlir.diag.SourceManager;
import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.text.MlirText;
import org.jmlir.text.PrintOptions;
import org.jmlir.pass.PassManager;
import org.jmlir.pass.PassRegistry;
import org.jmlir.pass.PassTiming;
import org.jmlir.pass.PipelineException;
import org.jmlir.verify.Verifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * jopt: the mlir-opt of jmlir. Parses, verifies and prints MLIR; flags mirror mlir-opt's (the {@code --mlir-}
 * spellings are accepted too). Exit codes: 0 success, 1 diagnostics reported, 2 usage error.
 */
@Command(name = "jopt", mixinStandardHelpOptions = true, versionProvider = JOpt.Version.class,
    description = "Parse, verify and print MLIR, like mlir-opt.", sortOptions = false)
public final class JOpt implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", defaultValue = "-", description = "Input file (- for stdin).")
    String input;

    @Option(names = {"-o"}, paramLabel = "FILE", defaultValue = "-", description = "Output file (- for stdout).")
    String output;

    @Option(names = {"--print-op-generic", "--mlir-print-op-generic", "-mlir-print-op-generic"},
        description = "Print operations in the generic form.")
    boolean printGeneric;

    @Option(names = {"--print-debuginfo", "--mlir-print-debuginfo", "-mlir-print-debuginfo"},
        description = "Print locations.")
    boolean printDebugInfo;

    @Option(names = {"--split-input-file", "-split-input-file"}, arity = "1",
        paramLabel = "MARKER", description = "Split the input at '// -----' and process each chunk on its own.")
    String splitMarker;

    @Option(names = {"--output-split-marker"}, defaultValue = SplitInput.DEFAULT_MARKER,
        description = "Marker joining the outputs of split chunks.")
    String outputSplitMarker;

    @Option(names = {"--verify-diagnostics", "-verify-diagnostics"},
        description = "Check diagnostics against expected-* comments in the input.")
    boolean verifyDiagnostics;

    @Option(names = {"--allow-unregistered-dialect", "-allow-unregistered-dialect"},
        description = "Accept ops of dialects that are not loaded.")
    boolean allowUnregistered;

    @Option(names = {"--list-dialects"}, description = "List the available dialects, with where each comes from, and exit.")
    boolean listDialects;

    @Option(names = {"--plugins-dir"}, paramLabel = "DIR",
        description = "Load the PF4J plugin jars in DIR (repeatable; also JMLIR_PLUGINS_DIR, a path-separated list).")
    List<Path> pluginDirs = new ArrayList<>();

    @Option(names = {"--no-implicit-module"}, description = "Require the input to be a single top-level op.")
    boolean noImplicitModule;

    @Option(names = {"--verify-each", "--mlir-verify-each"}, arity = "0..1", fallbackValue = "true",
        defaultValue = "true", description = "Verify the IR (default true).")
    boolean verify;

    @CommandLine.Mixin
    PassFlags passFlags = new PassFlags();

    private PassRegistry registry;
    private InputStream stdin = System.in;
    private PrintStream stdout = System.out;
    private PrintStream stderr = System.err;
    private Registries registries;

    /** Runs jopt with the given streams; returns the exit code. Never throws for bad input. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, System.getenv());
    }

    /** As {@link #run(List, InputStream, PrintStream, PrintStream)}, with the environment variables to read. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err,
        Map<String, String> env) {
        JOpt app = new JOpt();
        // Plugins load before the arguments are parsed: their passes are flags too.
        app.registries = Registries.load(args, env.get(Registries.PLUGINS_DIR_ENV), err);
        app.registry = app.registries.passes;
        args = app.passFlags.extractPassFlags(args, app.registry);
        app.stdin = in;
        app.stdout = out;
        app.stderr = err;
        CommandLine cl = new CommandLine(app);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, argv) -> {
            // mlir-opt's wording, so scripts and tests written against it keep working.
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
                err.println("jopt: Unknown command line argument '" + u.getUnmatched().get(0)
                    + "'.  Try: 'jopt --help'");
            } else {
                err.println("jopt: " + ex.getMessage());
            }
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            err.println("jopt: internal error: " + ex);
            if (System.getenv("JMLIR_DEBUG") != null) ex.printStackTrace(err);
            return 1;
        });
        return cl.execute(normalize(args));
    }

    /**
     * A bare {@code --split-input-file} takes no value (as in mlir-opt, where only {@code =MARKER} sets one), so it
     * must not swallow the input file that may follow it.
     */
    private static String[] normalize(List<String> args) {
        return args.stream()
            .map(a -> a.equals("--split-input-file") || a.equals("-split-input-file")
                ? "--split-input-file=" + SplitInput.DEFAULT_MARKER : a)
            .toArray(String[]::new);
    }

    public static void main(String[] args) {
        int[] code = {1};
        // A large stack: the parser bounds nesting, but deeply nested IR still recurses in printers and verifiers.
        Thread t = new Thread(null, () -> {
            try {
                code[0] = run(List.of(args), System.in, System.out, System.err);
            } catch (Throwable e) { // e.g. a broken installation failing while dialects load: exit 1, one line
                System.err.println("jopt: internal error: " + e);
                if (System.getenv("JMLIR_DEBUG") != null) e.printStackTrace();
            }
        }, "jopt", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.flush();
        System.exit(code[0]);
    }

    @Override
    public Integer call() throws IOException {
        if (listDialects || passFlags.listPasses) {
            if (listDialects) RegistryListing.dialects(registries, stdout);
            if (passFlags.listPasses) RegistryListing.passes(registries, stdout);
            return 0;
        }
        String bufferName = input.equals("-") ? "<stdin>" : input;
        String text;
        try {
            text = input.equals("-") ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(input), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            stderr.println("jopt: error: cannot open input file '" + input + "': No such file or directory");
            return 1;
        } catch (java.nio.charset.MalformedInputException e) {
            stderr.println("jopt: error: input file '" + input + "' is not valid UTF-8");
            return 1;
        }
        SourceManager sources = new SourceManager();
        sources.addBuffer(bufferName, text);
        List<String> chunks = splitMarker != null ? SplitInput.split(text, splitMarker) : List.of(text);
        if (splitMarker != null) {
            DiagnosticRenderer r = new DiagnosticRenderer(sources);
            for (int[] at : SplitInput.nearMisses(text, splitMarker)) {
                stderr.print(r.render(new Diagnostic(org.jmlir.diag.Severity.WARNING,
                    new org.jmlir.ir.attr.FileLineColLoc(bufferName, at[0], at[1]), "near miss with file split marker")));
            }
        }
        StringBuilder out = new StringBuilder();
        boolean failed = false;
        for (int i = 0; i < chunks.size(); i++) {
            if (i > 0) out.append(outputSplitMarker).append('\n');
            ChunkResult r = processChunk(chunks.get(i), bufferName, sources);
            failed |= !r.ok();
            if (r.output() != null) out.append(r.output());
        }
        // A failed run leaves an existing output file as it was (errors are on stderr); stdout still gets what
        // the successful chunks printed, as mlir-opt does.
        if (failed && !output.equals("-")) return 1;
        if (!writeOutput(out.toString())) return 1;
        return failed ? 1 : 0;
    }

    private record ChunkResult(boolean ok, String output) {
    }

    private ChunkResult processChunk(String chunk, String bufferName, SourceManager sources) {
        Context ctx = Context.withDialects(registries.dialects);
        ctx.setAllowUnregisteredDialects(allowUnregistered);
        ctx.enableMultithreading(!passFlags.disableThreading);
        // Verifier errors carry "see current operation: ..." notes, except when checking expected diagnostics.
        ctx.setPrintOpOnDiagnostic(!verifyDiagnostics);
        DiagnosticRenderer renderer = new DiagnosticRenderer(sources);
        ExpectedDiagnostics expected = verifyDiagnostics ? new ExpectedDiagnostics(bufferName, chunk) : null;
        List<Diagnostic> seen = new ArrayList<>();
        ctx.diagnostics().addHandler(d -> {
            if (expected != null) expected.observe(d);
            else seen.add(d);
        });
        ctx.setErrorStream(stderr);
        long started = System.nanoTime();
        Operation module = MlirText.parse(ctx, chunk, bufferName, !noImplicitModule);
        boolean ok = module != null;
        if (ok && verify) ok = Verifier.verify(module);
        PassTiming timing = passFlags.timing ? new PassTiming() : null;
        if (timing != null) timing.recordPhase("Parser", System.nanoTime() - started);
        PrintOptions printOptions = new PrintOptions(printGeneric, printDebugInfo, false);
        if (ok && (passFlags.anyPasses() || passFlags.runReproducer)) {
            ok = runPasses(module, chunk, printOptions, timing);
        }
        ctx.diagnostics().flush();
        long printStart = System.nanoTime();
        String printed = ok ? MlirText.print(module, printOptions) + "\n" : null;
        if (timing != null) {
            timing.recordPhase("Output", System.nanoTime() - printStart);
            stderr.print(timing.report(lastPipeline != null ? lastPipeline : new PassManager(module == null
                ? "builtin.module" : module.name()), passFlags.timingDisplay.equals("tree"),
                System.nanoTime() - started));
        }
        if (expected != null) {
            List<Diagnostic> problems = expected.finish();
            for (Diagnostic p : problems) stderr.print(renderer.render(p));
            return new ChunkResult(problems.isEmpty(), printed);
        }
        for (Diagnostic d : seen) stderr.print(renderer.render(d));
        return new ChunkResult(ok, printed);
    }

    private PassManager lastPipeline;

    private boolean runPasses(Operation module, String chunk, PrintOptions printOptions, PassTiming timing) {
        PassDriver driver = new PassDriver(passFlags, registry, stderr, verify);
        PassManager pm;
        try {
            pm = driver.build(module.name(), chunk);
        } catch (PipelineException e) {
            stderr.print("<unknown>:0: error: " + e.getMessage() + "\n\n");
            return false;
        }
        boolean ok = driver.run(pm, module, printOptions, timing);
        lastPipeline = pm;
        return ok;
    }

    private boolean writeOutput(String content) {
        if (output.equals("-")) {
            stdout.print(content);
            stdout.flush();
            return true;
        }
        try {
            AtomicOutput.write(Path.of(output), content);
            return true;
        } catch (NoSuchFileException e) {
            stderr.println("jopt: error: cannot open output file '" + output + "': No such file or directory");
            return false;
        } catch (IOException e) {
            stderr.println("jopt: error: cannot open output file '" + output + "': " + e.getMessage());
            return false;
        }
    }

    /** Version from the jar manifest when packaged. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = JOpt.class.getPackage().getImplementationVersion();
            return new String[] {"jopt (jmlir) " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}

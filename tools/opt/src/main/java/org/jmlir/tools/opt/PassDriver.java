package org.jmlir.tools.opt;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jmlir.ir.Operation;
import org.jmlir.pass.OpPassManager;
import org.jmlir.pass.Pass;
import org.jmlir.pass.PassInstrumentation;
import org.jmlir.pass.PassManager;
import org.jmlir.pass.PassRegistry;
import org.jmlir.pass.PassTiming;
import org.jmlir.pass.PipelineException;
import org.jmlir.pass.PipelineParser;
import org.jmlir.pass.Statistic;
import org.jmlir.text.MlirText;
import org.jmlir.text.PrintOptions;

/** Builds the pass pipeline jopt's flags ask for, runs it on a module with the requested instrumentation. */
final class PassDriver {
    private final PassFlags flags;
    private final PassRegistry registry;
    private final PrintStream err;
    private final boolean verifyEach;

    PassDriver(PassFlags flags, PassRegistry registry, PrintStream err, boolean verifyEach) {
        this.flags = flags;
        this.registry = registry;
        this.err = err;
        this.verifyEach = verifyEach;
    }

    /** The pipeline for an input whose top-level op is {@code anchor}; reproducer text may supply it. */
    PassManager build(String anchor, String inputText) throws PipelineException {
        String text = flags.pipeline;
        Reproducer.Config repro = flags.runReproducer ? Reproducer.read(inputText) : null;
        if (repro != null) text = repro.pipeline();
        PassManager pm;
        if (text != null) {
            pm = PassManager.of(new PipelineParser(registry).parse(text));
        } else {
            pm = new PassManager(anchor);
        }
        for (String f : flags.passFlags) {
            OpPassManager any = new OpPassManager(OpPassManager.ANY);
            new PipelineParser(registry).parseInto(f, any);
            for (Object e : any.elements()) pm.addPass((Pass) e);
        }
        pm.enableThreading(!flags.disableThreading && (repro == null || !repro.disableThreading()));
        pm.enableVerifier(verifyEach && (repro == null || repro.verifyEach()));
        return pm;
    }

    /** Runs {@code pm} on {@code module}; prints requested reports to stderr. Returns false on failure. */
    boolean run(PassManager pm, Operation module, PrintOptions print, PassTiming timing) {
        if (flags.dumpPipeline) {
            err.print("Pass Manager with " + pm.size() + " passes:\n" + pm.prettyText() + "\n\n");
        }
        if (flags.printBeforeAll || flags.printAfterAll || flags.printAfterChange || flags.printAfterFailure
            || !flags.printBefore.isEmpty() || !flags.printAfter.isEmpty()) {
            pm.addInstrumentation(new PrintIr(print));
        }
        if (flags.crashReproducer != null) {
            pm.addInstrumentation(new Reproducer(module, pm, Path.of(flags.crashReproducer), !flags.disableThreading,
                verifyEach, err));
        }
        if (timing != null) pm.addInstrumentation(timing);
        boolean ok = pm.run(module);
        if (flags.statistics) err.print(statisticsReport(pm, flags.statisticsDisplay.equals("list")));
        return ok;
    }

    static String statisticsReport(OpPassManager pm, boolean list) {
        String bar = "===" + "-".repeat(73) + "===";
        StringBuilder sb = new StringBuilder(bar).append('\n').append(" ".repeat(25))
            .append("... Pass statistics report ...\n").append(bar).append('\n');
        if (list) {
            Map<String, Map<String, long[]>> byPass = new java.util.TreeMap<>();
            Map<String, String> descriptions = new HashMap<>();
            for (Pass p : pm.allPasses()) {
                for (Statistic s : p.statistics()) {
                    byPass.computeIfAbsent(p.name(), k -> new java.util.LinkedHashMap<>())
                        .computeIfAbsent(s.name(), k -> new long[1])[0] += s.get();
                    descriptions.put(s.name(), s.description());
                }
            }
            for (var e : byPass.entrySet()) {
                sb.append(e.getKey()).append('\n');
                for (var s : e.getValue().entrySet()) {
                    sb.append("  (S) ").append(s.getValue()[0]).append(' ').append(s.getKey()).append(" - ")
                        .append(descriptions.get(s.getKey())).append('\n');
                }
            }
        } else {
            tree(pm, 0, sb);
        }
        return sb.toString();
    }

    private static void tree(OpPassManager pm, int depth, StringBuilder sb) {
        for (Object e : pm.elements()) {
            String indent = "  ".repeat(depth);
            if (e instanceof Pass p) {
                sb.append(indent).append(p.name()).append('\n');
                for (Statistic s : p.statistics()) {
                    sb.append(indent).append("  (S) ").append(s.get()).append(' ').append(s.name()).append(" - ")
                        .append(s.description()).append('\n');
                }
            } else {
                OpPassManager n = (OpPassManager) e;
                sb.append(indent).append('\'').append(n.anchor()).append("' Pipeline\n");
                tree(n, depth + 1, sb);
            }
        }
    }

    /** mlir-opt's IR dumps around passes, on stderr. */
    private final class PrintIr implements PassInstrumentation {
        private final PrintOptions print;
        private final Map<Operation, String> before = new HashMap<>();

        PrintIr(PrintOptions print) { this.print = print; }

        @Override public boolean needsSingleThread() { return true; }

        private boolean named(List<String> names, Pass p) { return names.contains(p.argument()); }

        @Override public void beforePass(Pass pass, Operation op) {
            if (flags.printBeforeAll || named(flags.printBefore, pass)) dump("Before", pass, op);
            if (flags.printAfterChange) before.put(op, MlirText.print(op, print));
        }

        @Override public void afterPass(Pass pass, Operation op, boolean changed) {
            // --mlir-print-ir-after-change alone prints after every pass that changed the IR; with other after-
            // flags it filters them.
            boolean wanted = flags.printAfterAll || named(flags.printAfter, pass) || flags.printAfterChange;
            if (flags.printAfterChange) {
                String prev = before.remove(op);
                wanted &= changed && !MlirText.print(op, print).equals(prev);
            }
            if (wanted) dump("After", pass, op);
        }

        @Override public void afterPassFailed(Pass pass, Operation op) {
            before.remove(op);
            if (flags.printAfterFailure) dump("After", pass, op, " Failed");
        }

        private void dump(String when, Pass pass, Operation op) { dump(when, pass, op, ""); }

        private void dump(String when, Pass pass, Operation op, String failed) {
            err.print("// -----// IR Dump " + when + " " + pass.name() + failed + " (" + pass.argument()
                + ") //----- //\n" + MlirText.print(op, print) + "\n\n");
            err.flush();
        }
    }

    /**
     * Writes MLIR's crash reproducer: the IR as it was before the pipeline ran, with the whole pipeline as an external
     * resource, so that {@code --run-reproducer} replays exactly the run that failed. The IR is printed once, when
     * the instrumentation is made, not before every pass (that would print the module once per function).
     */
    static final class Reproducer implements PassInstrumentation {
        record Config(String pipeline, boolean disableThreading, boolean verifyEach) {}

        private static final Pattern PIPELINE = Pattern.compile("pipeline\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
        private static final Pattern BOOL = Pattern.compile("(disable_threading|verify_each)\\s*:\\s*(true|false)");

        private final OpPassManager pipeline;
        private final Path file;
        private final boolean threading;
        private final boolean verifyEach;
        private final PrintStream err;
        private final String snapshot;

        Reproducer(Operation root, OpPassManager pipeline, Path file, boolean threading, boolean verifyEach,
                   PrintStream err) {
            this.snapshot = MlirText.print(root, new PrintOptions(false, true, false));
            this.pipeline = pipeline;
            this.file = file;
            this.threading = threading;
            this.verifyEach = verifyEach;
            this.err = err;
        }

        @Override public void afterPassFailed(Pass pass, Operation op) {
            String text = snapshot + "\n\n{-#\n  external_resources: {\n    mlir_reproducer: {\n      pipeline: \""
                + pipeline.pipelineText().replace("\\", "\\\\").replace("\"", "\\\"") + "\",\n"
                + "      disable_threading: " + !threading + ",\n      verify_each: " + verifyEach
                + "\n    }\n  }\n#-}\n";
            try {
                AtomicOutput.write(file, text);
                err.println("jopt: note: crash reproducer written to '" + file + "'");
            } catch (IOException e) {
                err.println("jopt: error: cannot write crash reproducer '" + file + "': " + e.getMessage());
            }
        }

        /** The configuration stored in a reproducer's text, or null when it has none. */
        static Config read(String text) {
            int at = text.indexOf("mlir_reproducer");
            if (at < 0) return null;
            String rest = text.substring(at);
            Matcher m = PIPELINE.matcher(rest);
            if (!m.find()) return null;
            boolean disable = false, verify = true;
            Matcher b = BOOL.matcher(rest);
            while (b.find()) {
                if (b.group(1).equals("disable_threading")) disable = Boolean.parseBoolean(b.group(2));
                else verify = Boolean.parseBoolean(b.group(2));
            }
            return new Config(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"), disable, verify);
        }
    }
}

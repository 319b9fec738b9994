package org.jmlir.tools.opt;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.pass.PassRegistry;
import picocli.CommandLine.Option;

/** jopt's flags about passes, as mlir-opt spells them (the --mlir- prefix is optional where mlir-opt has one). */
final class PassFlags {
    @Option(names = {"--pass-pipeline", "-pass-pipeline"}, paramLabel = "PIPELINE",
        description = "A textual pass pipeline, e.g. 'builtin.module(func.func(cse))'.")
    String pipeline;

    @Option(names = {"--dump-pass-pipeline", "-dump-pass-pipeline"}, description = "Print the pipeline to stderr.")
    boolean dumpPipeline;

    @Option(names = {"--list-passes"}, description = "List the available passes and exit.")
    boolean listPasses;

    @Option(names = {"--mlir-disable-threading", "--disable-threading"},
        description = "Run passes on one thread.")
    boolean disableThreading;

    @Option(names = {"--mlir-print-ir-before", "--print-ir-before"}, split = ",", paramLabel = "PASS",
        description = "Print the IR before the named passes.")
    List<String> printBefore = new ArrayList<>();

    @Option(names = {"--mlir-print-ir-after", "--print-ir-after"}, split = ",", paramLabel = "PASS",
        description = "Print the IR after the named passes.")
    List<String> printAfter = new ArrayList<>();

    @Option(names = {"--mlir-print-ir-before-all", "--print-ir-before-all"}, description = "Print IR before each pass.")
    boolean printBeforeAll;

    @Option(names = {"--mlir-print-ir-after-all", "--print-ir-after-all"}, description = "Print IR after each pass.")
    boolean printAfterAll;

    @Option(names = {"--mlir-print-ir-after-change", "--print-ir-after-change"},
        description = "Print IR after a pass only when it changed it.")
    boolean printAfterChange;

    @Option(names = {"--mlir-print-ir-after-failure", "--print-ir-after-failure"},
        description = "Print IR after a pass that failed.")
    boolean printAfterFailure;

    @Option(names = {"--mlir-timing", "--timing"}, description = "Report the time taken by each pass.")
    boolean timing;

    @Option(names = {"--mlir-timing-display", "--timing-display"}, defaultValue = "list",
        description = "Timing report layout: list or tree.")
    String timingDisplay;

    @Option(names = {"--mlir-pass-statistics", "--pass-statistics"}, description = "Report pass statistics.")
    boolean statistics;

    @Option(names = {"--mlir-pass-statistics-display", "--pass-statistics-display"}, defaultValue = "pipeline",
        description = "Statistics layout: list or pipeline.")
    String statisticsDisplay;

    @Option(names = {"--mlir-pass-pipeline-crash-reproducer", "--crash-reproducer"}, paramLabel = "FILE",
        description = "On a pass failure, write the IR before the pass and the pipeline to FILE.")
    String crashReproducer;

    @Option(names = {"--run-reproducer", "-run-reproducer"},
        description = "Run the pipeline stored in the input's mlir_reproducer resource.")
    boolean runReproducer;

    /** Pass flags ({@code --cse}, {@code --canonicalize=max-iterations=3}) taken out of the arguments, in order. */
    final List<String> passFlags = new ArrayList<>();

    /**
     * Removes the arguments that name registered passes, keeping them (with their options) in order; picocli sees
     * the rest.
     */
    List<String> extractPassFlags(List<String> args, PassRegistry registry) {
        List<String> rest = new ArrayList<>();
        for (String a : args) {
            String body = a.startsWith("--") ? a.substring(2) : a.startsWith("-") ? a.substring(1) : null;
            if (body != null && !body.isEmpty()) {
                int eq = body.indexOf('=');
                String name = eq < 0 ? body : body.substring(0, eq);
                if (registry.lookup(name) != null) {
                    String opts = eq < 0 ? "" : body.substring(eq + 1);
                    if (opts.startsWith("\"") && opts.endsWith("\"") && opts.length() > 1) {
                        opts = opts.substring(1, opts.length() - 1);
                    }
                    passFlags.add(opts.isEmpty() ? name : name + "{" + opts + "}");
                    continue;
                }
            }
            rest.add(a);
        }
        return rest;
    }

    boolean anyPasses() { return pipeline != null || !passFlags.isEmpty(); }
}

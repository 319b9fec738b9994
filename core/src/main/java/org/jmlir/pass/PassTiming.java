package org.jmlir.pass;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jmlir.ir.Operation;

/**
 * Wall time per pass (summed over the ops and threads it ran on), reported in mlir-opt's "Execution time report"
 * layout, as a list (one line per pass name) or as a tree following the pipeline.
 */
public final class PassTiming implements PassInstrumentation {
    private final Map<Pass, AtomicLong> nanos = new ConcurrentHashMap<>();
    private final ThreadLocal<Long> start = new ThreadLocal<>();
    private final Map<String, Long> phases = new LinkedHashMap<>();

    @Override public void beforePass(Pass pass, Operation op) { start.set(System.nanoTime()); }

    @Override public void afterPass(Pass pass, Operation op, boolean changed) { stop(pass); }

    @Override public void afterPassFailed(Pass pass, Operation op) { stop(pass); }

    private void stop(Pass pass) {
        Long s = start.get();
        if (s != null) nanos.computeIfAbsent(key(pass), k -> new AtomicLong()).addAndGet(System.nanoTime() - s);
    }

    /** Per-thread copies of a pass count under the pass whose name and options they share. */
    private final Map<String, Pass> canonical = new ConcurrentHashMap<>();

    private Pass key(Pass p) { return canonical.computeIfAbsent(p.argument() + "#" + p.pipelineText() + "#"
        + System.identityHashCode(p.getClass()), k -> p); }

    /** Records a phase outside passes (Parser, Output) in the report. */
    public void recordPhase(String name, long elapsedNanos) { phases.merge(name, elapsedNanos, Long::sum); }

    /** The report; {@code tree} follows the pipeline's nesting, else one line per pass kind. */
    public String report(OpPassManager pipeline, boolean tree, long totalNanos) {
        List<String[]> rows = new ArrayList<>();
        for (var ph : phases.entrySet()) {
            if (!ph.getKey().equals("Output")) rows.add(new String[] {"", ph.getKey(), String.valueOf(ph.getValue())});
        }
        if (tree) treeRows(pipeline, 0, rows);
        else listRows(pipeline, rows);
        Long out = phases.get("Output");
        if (out != null) rows.add(new String[] {"", "Output", String.valueOf(out)});
        long accounted = 0;
        for (String[] r : rows) if (r[0].isEmpty()) accounted += Long.parseLong(r[2]);
        rows.add(new String[] {"", "Rest", String.valueOf(Math.max(0, totalNanos - accounted))});
        rows.add(new String[] {"", "Total", String.valueOf(totalNanos)});
        String bar = "===" + "-".repeat(73) + "===";
        StringBuilder sb = new StringBuilder();
        sb.append(bar).append('\n').append(" ".repeat(25)).append("... Execution time report ...\n").append(bar)
            .append('\n');
        sb.append(String.format(Locale.ROOT, "  Total Execution Time: %.4f seconds%n%n", totalNanos / 1e9));
        sb.append("  ----Wall Time----  ----Name----\n");
        for (String[] r : rows) {
            long n = Long.parseLong(r[2]);
            sb.append(String.format(Locale.ROOT, "    %.4f (%5.1f%%)  %s%s%n", n / 1e9,
                totalNanos == 0 ? 0.0 : 100.0 * n / totalNanos, r[0], r[1]));
        }
        return sb.toString();
    }

    private long treeRows(OpPassManager pm, int depth, List<String[]> rows) {
        long sum = 0;
        for (Object e : pm.elements()) {
            String indent = "  ".repeat(depth);
            if (e instanceof Pass p) {
                AtomicLong t = nanos.get(key(p));
                long n = t == null ? 0 : t.get();
                rows.add(new String[] {indent, p.name(), String.valueOf(n)});
                sum += n;
            } else {
                OpPassManager nested = (OpPassManager) e;
                String[] row = {indent, "'" + nested.anchor() + "' Pipeline", "0"};
                rows.add(row);
                long n = treeRows(nested, depth + 1, rows);
                row[2] = String.valueOf(n);
                sum += n;
            }
        }
        return sum;
    }

    private void listRows(OpPassManager pm, List<String[]> rows) {
        Map<String, Long> byName = new LinkedHashMap<>();
        for (Pass p : pm.allPasses()) {
            AtomicLong t = nanos.get(key(p));
            byName.merge(p.name(), t == null ? 0 : t.get(), Long::sum);
        }
        byName.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
            .forEach(e -> rows.add(new String[] {"", e.getKey(), String.valueOf(e.getValue())}));
    }
}

package org.jmlir.passes;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.jmlir.pass.Pass;
import org.jmlir.pass.PassOption;

/**
 * {@code print-op-stats}: counts the ops by name (the op itself included) and prints the table mlir-opt prints,
 * or with {@code json} a JSON object, to the context's error stream (mlir-opt prints to stderr).
 */
public final class PrintOpStats extends Pass {
    private final PassOption<Boolean> json = boolOption("json", "print the stats as JSON", false);
    private final PrintStream fixedOut;

    public PrintOpStats() { this(null); }

    /** Prints to {@code out} instead of the context's error stream. */
    public PrintOpStats(PrintStream out) { this.fixedOut = out; }

    @Override public String argument() { return "print-op-stats"; }

    @Override public String description() { return "Print statistics of operations"; }

    @Override public Pass copy() {
        PrintOpStats p = new PrintOpStats(fixedOut);
        if (json.isExplicitlySet()) p.json.set(json.get());
        return p;
    }

    @Override protected void runOnOperation() {
        // Names sorted as MLIR sorts StringRefs: by bytes (ASCII names compare alike as Java strings).
        Map<String, Long> counts = new TreeMap<>();
        getOperation().walk(op -> counts.merge(op.name(), 1L, Long::sum));
        String text = json.get() ? json(counts) : table(counts);
        PrintStream out = fixedOut != null ? fixedOut : getContext().errorStream();
        out.print(text);
        out.flush();
        markAllAnalysesPreserved();
    }

    static String table(Map<String, Long> counts) {
        int maxDialect = 0, maxOp = 0;
        for (String key : counts.keySet()) {
            String[] dn = split(key);
            maxDialect = Math.max(maxDialect, dn[0].length());
            maxOp = Math.max(maxOp, dn[1].length());
        }
        StringBuilder sb = new StringBuilder("Operations encountered:\n-----------------------\n");
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            String[] dn = split(e.getKey());
            // Names line up on the dot: dialects right-aligned, op names left-aligned.
            if (dn[0].isEmpty()) sb.repeat(' ', maxDialect + 3);
            else sb.repeat(' ', maxDialect + 2 - dn[0].strip().length()).append(dn[0].strip()).append('.');
            sb.append(dn[1]).repeat(' ', maxOp - dn[1].length()).append(" , ").append(e.getValue()).append('\n');
        }
        return sb.toString();
    }

    static String json(Map<String, Long> counts) {
        StringBuilder sb = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            sb.append("  \"").append(e.getKey()).append("\" : ").append(e.getValue());
            sb.append(++i < counts.size() ? ",\n" : "\n");
        }
        return sb.append("}\n").toString();
    }

    /** {dialect, op}: the name split at its first dot; no dot means no dialect. */
    private static String[] split(String name) {
        int dot = name.indexOf('.');
        if (dot < 0 || dot == name.length() - 1) return new String[] {"", dot < 0 ? name : name.substring(0, dot)};
        return new String[] {name.substring(0, dot), name.substring(dot + 1)};
    }
}

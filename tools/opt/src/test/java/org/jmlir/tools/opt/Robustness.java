package org.jmlir.tools.opt;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jmlir.diag.DiagnosticRenderer;
import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.text.MlirText;
import org.jmlir.text.PrintOptions;

/**
 * What the robustness tests share: running code on a thread with an ordinary stack (1 MB, not the 16 MB surefire
 * gives test threads, nor the 1 GB jopt's main uses) under a time limit, running {@link JOpt#run} in-process, and
 * checking that what it did is what a well-behaved tool does with bad input.
 */
final class Robustness {
    private Robustness() {}

    /** The stack of an ordinary thread (the JVM's default on x86-64 Linux). */
    static final long NORMAL_STACK = 1L << 20;

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    /** What a call on the small-stack thread did: its value, or what it threw, or that it ran out of time. */
    record Run<T>(T value, Throwable thrown, boolean timedOut) {
    }

    /** Runs {@code body} on a fresh thread with {@code stack} bytes of stack; waits at most {@code timeout}. */
    static <T> Run<T> onThread(Callable<T> body, long stack, Duration timeout) {
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                value.set(body.call());
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "robustness", stack);
        t.setDaemon(true); // a hung parse must not keep the JVM alive
        t.start();
        try {
            t.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        if (t.isAlive()) return new Run<>(null, null, true);
        return new Run<>(value.get(), thrown.get(), false);
    }

    /** What jopt did: exit code, both streams, and whatever escaped it. */
    record Outcome(int exit, String out, String err, Throwable thrown, boolean timedOut) {
        String describe() {
            return "exit " + exit + (timedOut ? " (TIMED OUT)" : "") + (thrown != null ? " threw " + thrown : "")
                + "\n--- stderr:\n" + abbreviate(err, 3000);
        }
    }

    /** Runs jopt in-process on {@code input} (given on stdin) on an ordinary stack. */
    static Outcome jopt(List<String> args, String input) { return jopt(args, input, NORMAL_STACK, DEFAULT_TIMEOUT); }

    static Outcome jopt(List<String> args, String input, long stack, Duration timeout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Run<Integer> run = onThread(() -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                return JOpt.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), o, e);
            }
        }, stack, timeout);
        return new Outcome(run.value() == null ? -1 : run.value(), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8), run.thrown(), run.timedOut());
    }

    private static final Pattern ERROR_HEADER = Pattern.compile("^(\\S.*?): error: .*");
    private static final Pattern FILE_LINE_COL = Pattern.compile("^.+:\\d+:\\d+$");
    private static final Pattern CARET = Pattern.compile("^ *\\^$");
    /** What a crash looks like on stderr: jopt's handler, an uncaught exception, a stack frame. */
    private static final Pattern CRASH = Pattern.compile(
        "^(jopt: internal error|Exception in thread|\\tat |(java|javax|jdk|sun|org|com|picocli)\\.[\\w.$]+(Exception|Error)\\b).*");

    /**
     * Asserts that jopt handled {@code input} as a tool must: nothing escaped, no time-out, exit code 0 or 1, no
     * internal error or stack trace, and every {@code error:} diagnostic located as {@code file:line:col:} (when the
     * input names no locations of its own: a {@code loc(unknown)} of the input is reported as such, as mlir-opt
     * does; errors about files, {@code jopt: error: cannot open ...}, concern no place in the input). Source lines
     * echoed under a diagnostic (the line before a caret) are the input's text, so they are not judged.
     */
    static void assertWellBehaved(Outcome o, String input, String what) {
        String context = what + "\n" + o.describe() + "\n--- input:\n" + abbreviate(input, 4000);
        if (o.timedOut()) fail("jopt did not finish in time: " + context);
        if (o.thrown() != null) throw new AssertionError("jopt threw: " + context, o.thrown());
        if (o.exit() != 0 && o.exit() != 1) fail("exit code " + o.exit() + ": " + context);
        if (o.exit() == 1 && !o.err().contains("error:")) fail("exit code 1 without an error: " + context);
        boolean inputHasLocations = input.contains("loc");
        String[] lines = o.err().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean sourceEcho = i + 1 < lines.length && CARET.matcher(lines[i + 1]).matches();
            if (sourceEcho) continue;
            if (CRASH.matcher(line).matches()) fail("stderr shows a crash, '" + line + "': " + context);
            Matcher header = ERROR_HEADER.matcher(line);
            if (!header.matches()) continue;
            String prefix = header.group(1);
            if (FILE_LINE_COL.matcher(prefix).matches()) continue;
            if (prefix.equals("jopt")) continue; // about files and flags, not the input's content
            if (inputHasLocations) continue;
            fail("unlocated error line '" + line + "': " + context);
        }
    }

    /** Parses with a fresh context that allows unregistered dialects; returns null and fills {@code diags} on error. */
    static Operation parse(String text, List<String> diags) {
        Context ctx = RandomModules.context();
        ctx.diagnostics().addHandler(d -> diags.add(DiagnosticRenderer.renderPlain(d)));
        Operation op = MlirText.parse(ctx, text, "gen.mlir");
        ctx.diagnostics().flush();
        return op;
    }

    /** Parses text that must parse, and prints it back with {@code options}. */
    static String reprint(String text, PrintOptions options, String what) {
        List<String> diags = new ArrayList<>();
        Operation op = parse(text, diags);
        if (op == null) fail(what + ": the printed text does not parse:\n" + String.join("\n", diags) + "\n--- text:\n" + text);
        return MlirText.print(op, options);
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "\n... (" + (s.length() - max) + " more characters)";
    }

    /** The first line where {@code a} and {@code b} differ, both versions shown, or null if equal. */
    static String firstDifference(String expected, String actual) {
        if (expected.equals(actual)) return null;
        String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "<end of text>", y = i < a.length ? a[i] : "<end of text>";
            if (!x.equals(y)) return "line " + (i + 1) + ":\n  expected: " + x + "\n  actual:   " + y;
        }
        return "(differ only in line endings)";
    }
}

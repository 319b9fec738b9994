package org.jmlir.lit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jmlir.filecheck.FileCheck;

/**
 * Executes parsed RUN lines in-process. Pipeline stages run one after another, each stage's stdout buffered and
 * fed to the next; a pipeline fails if any stage fails (lit's pipefail). Commands are resolved in this order:
 * the shell-level {@code not}, {@code env}, {@code cd}; registered tools; built-ins (including FileCheck); real
 * processes when allowed; otherwise "command not found".
 */
final class ShellExecutor {
    /** Exit status reported for a tool that threw, as for a process killed by SIGABRT. */
    static final int CRASH_STATUS = 134;
    static final int NOT_FOUND_STATUS = 127;

    /** A RUN line that cannot be executed as written (bad redirection, unsupported operator). */
    static final class ExecError extends Exception {
        private static final long serialVersionUID = 1L;

        ExecError(String message) { super(message); }
    }

    /**
     * What RUN lines may call: registered tools, and real processes if {@code allowAllExternal} or named in
     * {@code externalAllowed}, looked up in {@code searchPath} then PATH.
     */
    record Config(Map<String, Tool> tools, boolean allowAllExternal, java.util.Set<String> externalAllowed,
            List<Path> searchPath) {
        boolean mayRunExternally(String name) {
            return allowAllExternal || externalAllowed.contains(name);
        }
    }

    /** A command's exit status; {@code crashed} for exceptions/signals, {@code missing} for unknown commands. */
    private record Outcome(int status, boolean crashed, boolean missing) {
        Outcome(int status, boolean crashed) { this(status, crashed, false); }
    }

    /** Where an output file descriptor goes: an in-memory capture, a file, or nowhere. */
    private static final class Sink {
        final OutputStream stream;
        final ByteArrayOutputStream capture;

        Sink(OutputStream stream, ByteArrayOutputStream capture) {
            this.stream = stream;
            this.capture = capture;
        }

        static Sink capture() {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            return new Sink(b, b);
        }
    }

    private final Config config;
    private final Transcript transcript;
    private Path cwd;

    ShellExecutor(Config config, Transcript transcript, Path cwd) {
        this.config = config;
        this.transcript = transcript;
        this.cwd = cwd;
    }

    /** Runs a parsed RUN line; returns its exit status. */
    int execute(ShellSyntax.Node node) throws ExecError {
        return switch (node) {
            case ShellSyntax.Sequence s -> switch (s.op()) {
                case ";" -> {
                    execute(s.left());
                    yield execute(s.right());
                }
                case "&&" -> {
                    int l = execute(s.left());
                    yield l != 0 ? l : execute(s.right());
                }
                case "||" -> {
                    int l = execute(s.left());
                    yield l == 0 ? 0 : execute(s.right());
                }
                default -> throw new ExecError("unsupported shell operator: '" + s.op() + "'");
            };
            case ShellSyntax.Pipeline p -> pipeline(p.commands());
            case ShellSyntax.Command c -> pipeline(List.of(c));
        };
    }

    private int pipeline(List<ShellSyntax.Command> commands) throws ExecError {
        byte[] input = new byte[0];
        int status = 0;
        for (int i = 0; i < commands.size(); i++) {
            boolean last = i == commands.size() - 1;
            Sink stdout = Sink.capture();
            Sink stderr = Sink.capture();
            int s = command(commands.get(i), input, stdout, stderr, last);
            input = stdout.capture.toByteArray();
            if (s != 0) status = s;
        }
        return status;
    }

    private int command(ShellSyntax.Command cmd, byte[] stdin, Sink stdout, Sink stderr, boolean last)
            throws ExecError {
        List<String> argv = new ArrayList<>();
        for (ShellSyntax.Word w : cmd.args()) argv.addAll(expand(w));
        transcript.executed(argv);

        Sink[] fds = {null, stdout, stderr};
        List<Sink> opened = new ArrayList<>();
        Outcome outcome;
        try {
            for (ShellSyntax.Redirect r : cmd.redirects()) stdin = redirect(r, fds, opened, stdin);
            Map<Sink, PrintStream> streams = new IdentityHashMap<>();
            PrintStream out = streams.computeIfAbsent(fds[1], ShellExecutor::printStream);
            PrintStream err = streams.computeIfAbsent(fds[2], ShellExecutor::printStream);
            outcome = run(argv, stdin, out, err, new LinkedHashMap<>());
            out.flush();
            err.flush();
        } finally {
            for (Sink s : opened) closeQuietly(s);
        }
        if (last) transcript.block("stdout", stdout.capture.toByteArray());
        transcript.block("stderr", stderr.capture.toByteArray());
        if (outcome.crashed()) {
            transcript.error("command crashed with exit status: " + outcome.status());
        } else if (outcome.status() != 0) {
            transcript.error("command failed with exit status: " + outcome.status());
        }
        return outcome.status();
    }

    private static PrintStream printStream(Sink s) {
        return new PrintStream(s.stream, false, StandardCharsets.UTF_8);
    }

    private static void closeQuietly(Sink s) {
        try {
            s.stream.close();
        } catch (IOException ignored) {
            // Nothing useful to do; the command's status already decides the test.
        }
    }

    /** Applies one redirection to {@code fds}; returns the (possibly replaced) stdin. */
    private byte[] redirect(ShellSyntax.Redirect r, Sink[] fds, List<Sink> opened, byte[] stdin)
            throws ExecError {
        String op = r.op();
        int fd = r.fd() >= 0 ? r.fd() : (op.equals("<") ? 0 : 1);
        switch (op) {
            case "<" -> {
                if (fd != 0) throw new ExecError("unsupported redirect: " + fd + "<");
                if (r.target().equals("/dev/null")) return new byte[0];
                try {
                    return Files.readAllBytes(cwd.resolve(r.target()));
                } catch (NoSuchFileException e) {
                    throw new ExecError("cannot open '" + r.target() + "' for reading: No such file or directory");
                } catch (IOException e) {
                    throw new ExecError("cannot open '" + r.target() + "' for reading: " + e.getMessage());
                }
            }
            case ">", ">>" -> setFd(fds, fd, openFile(r.target(), op.equals(">>"), opened));
            case "&>" -> {
                Sink s = openFile(r.target(), false, opened);
                fds[1] = s;
                fds[2] = s;
            }
            case ">&" -> {
                if (r.target().matches("[12]")) {
                    setFd(fds, fd, fds[Integer.parseInt(r.target())]);
                } else if (r.fd() < 0) {
                    Sink s = openFile(r.target(), false, opened);
                    fds[1] = s;
                    fds[2] = s;
                } else {
                    throw new ExecError("unsupported redirect: " + fd + ">&" + r.target());
                }
            }
            default -> throw new ExecError("unsupported redirect: '" + op + "'");
        }
        return stdin;
    }

    private static void setFd(Sink[] fds, int fd, Sink s) throws ExecError {
        if (fd != 1 && fd != 2) throw new ExecError("unsupported file descriptor in redirect: " + fd);
        fds[fd] = s;
    }

    private Sink openFile(String target, boolean append, List<Sink> opened) throws ExecError {
        if (target.equals("/dev/null")) return new Sink(OutputStream.nullOutputStream(), null);
        try {
            Path p = cwd.resolve(target);
            OutputStream os = append
                    ? Files.newOutputStream(p, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(p);
            Sink s = new Sink(new java.io.BufferedOutputStream(os), null);
            opened.add(s);
            return s;
        } catch (IOException e) {
            throw new ExecError("cannot open '" + target + "' for writing: " + e.getMessage());
        }
    }

    /** Runs one command line (after redirections), resolving {@code not}, {@code env} and {@code cd} first. */
    private Outcome run(List<String> argv, byte[] stdin, PrintStream out, PrintStream err, Map<String, String> env)
            throws ExecError {
        if (argv.isEmpty()) throw new ExecError("empty command");
        String name = argv.get(0);
        List<String> args = argv.subList(1, argv.size());
        switch (name) {
            case "not" -> {
                boolean expectCrash = !args.isEmpty() && args.get(0).equals("--crash");
                List<String> rest = expectCrash ? args.subList(1, args.size()) : args;
                if (rest.isEmpty()) throw new ExecError("'not' requires a command");
                Outcome inner = run(rest, stdin, out, err, env);
                // Like LLVM's not: without --crash a crash is still a failure. A missing command never passes.
                if (inner.missing()) return new Outcome(1, false);
                if (expectCrash) return new Outcome(inner.crashed() ? 0 : 1, false);
                if (inner.crashed()) return new Outcome(1, false);
                return new Outcome(inner.status() == 0 ? 1 : 0, false);
            }
            case "env" -> {
                int i = 0;
                Map<String, String> vars = new LinkedHashMap<>(env);
                while (i < args.size()) {
                    String a = args.get(i);
                    if (a.equals("-u") && i + 1 < args.size()) {
                        vars.remove(args.get(i + 1));
                        i += 2;
                    } else if (a.contains("=") && !a.startsWith("=")) {
                        vars.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
                        i++;
                    } else {
                        break;
                    }
                }
                if (i == args.size()) return new Outcome(0, false);
                return run(args.subList(i, args.size()), stdin, out, err, vars);
            }
            case "cd" -> {
                if (args.size() != 1) throw new ExecError("'cd' supports only a single argument");
                Path dir = cwd.resolve(args.get(0)).normalize();
                if (!Files.isDirectory(dir)) {
                    err.println("cd: " + args.get(0) + ": No such file or directory");
                    return new Outcome(1, false);
                }
                cwd = dir;
                return new Outcome(0, false);
            }
            default -> {
                return dispatch(name, argv, args, stdin, out, err, env);
            }
        }
    }

    private Outcome dispatch(String name, List<String> argv, List<String> args, byte[] stdin, PrintStream out,
            PrintStream err, Map<String, String> env) {
        Tool tool = config.tools().get(name);
        if (tool != null) {
            try {
                return new Outcome(tool.run(List.copyOf(args), new ByteArrayInputStream(stdin), out, err), false);
            } catch (Throwable t) {
                return crash(t, err);
            }
        }
        if (name.equals("FileCheck") || name.equals("filecheck")) {
            String input = new String(stdin, StandardCharsets.UTF_8);
            return new Outcome(FileCheck.run(List.copyOf(args), input, out, err, cwd), false);
        }
        Builtins.Builtin builtin = Builtins.ALL.get(name);
        if (builtin != null) {
            try {
                return new Outcome(builtin.run(args, stdin, out, err, cwd), false);
            } catch (IOException e) {
                err.println(name + ": " + e);
                return new Outcome(1, false);
            }
        }
        if (config.mayRunExternally(name)) {
            Path exe = ExternalProcess.find(name, config.searchPath(), cwd);
            if (exe != null) {
                try {
                    int status = ExternalProcess.run(exe, argv, env, cwd, stdin, out, err);
                    return new Outcome(status, ExternalProcess.isCrash(status));
                } catch (IOException e) {
                    err.println(name + ": " + e.getMessage());
                    return new Outcome(NOT_FOUND_STATUS, false, true);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    err.println(name + ": interrupted");
                    return new Outcome(1, false);
                }
            }
        }
        err.println("command not found: " + name);
        return new Outcome(NOT_FOUND_STATUS, false, true);
    }

    private static Outcome crash(Throwable t, PrintStream err) {
        if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) throw (VirtualMachineError) t;
        // Frames below the tool's entry point are the runner's own and only hide the interesting part.
        StackTraceElement[] frames = t.getStackTrace();
        int keep = frames.length;
        for (int i = 0; i < frames.length; i++) {
            if (frames[i].getClassName().equals(ShellExecutor.class.getName())) {
                keep = i;
                break;
            }
        }
        t.setStackTrace(java.util.Arrays.copyOf(frames, keep));
        t.printStackTrace(err);
        return new Outcome(CRASH_STATUS, true);
    }

    /** Glob expansion of words with unquoted '*' or '?' in their last path component; no match keeps the word. */
    private List<String> expand(ShellSyntax.Word w) {
        if (!w.glob()) return List.of(w.text());
        String text = w.text();
        int slash = text.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : text.substring(0, slash + 1);
        String namePattern = text.substring(slash + 1);
        if (dirPart.contains("*") || dirPart.contains("?")) return List.of(text);
        Path dir = cwd.resolve(dirPart.isEmpty() ? "." : dirPart);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + namePattern);
        List<String> matches = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (matcher.matches(p.getFileName())) matches.add(dirPart + p.getFileName());
            }
        } catch (IOException e) {
            return List.of(text);
        }
        if (matches.isEmpty()) return List.of(text);
        matches.sort(null);
        return matches;
    }
}

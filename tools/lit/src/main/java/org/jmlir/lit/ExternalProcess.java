package org.jmlir.lit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a command as a real process; used only when the runner allows it (e.g. for LLVM's mlir-opt). The
 * executable is looked up in the configured directories first, then in PATH.
 */
final class ExternalProcess {
    private ExternalProcess() {}

    /** The executable for {@code name}, or null when it cannot be found. */
    static Path find(String name, List<Path> searchPath, Path cwd) {
        if (name.contains("/")) {
            Path p = cwd.resolve(name);
            return Files.isExecutable(p) ? p : null;
        }
        List<Path> dirs = new ArrayList<>(searchPath);
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(java.io.File.pathSeparator)) if (!d.isEmpty()) dirs.add(Path.of(d));
        }
        for (Path d : dirs) {
            Path p = d.resolve(name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
        }
        return null;
    }

    /** Runs {@code argv} with {@code argv[0]} replaced by {@code exe}; returns the exit status. */
    static int run(Path exe, List<String> argv, Map<String, String> env, Path cwd, byte[] stdin, OutputStream out,
            OutputStream err) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(argv);
        command.set(0, exe.toString());
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        Thread feeder = Thread.ofVirtual().start(() -> {
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin);
            } catch (IOException ignored) {
                // The process may exit without reading its input.
            }
        });
        Thread outPump = pump(p.getInputStream(), out);
        Thread errPump = pump(p.getErrorStream(), err);
        int status = p.waitFor();
        feeder.join();
        outPump.join();
        errPump.join();
        return status;
    }

    private static Thread pump(InputStream from, OutputStream to) {
        return Thread.ofVirtual().start(() -> {
            byte[] buf = new byte[8192];
            try (from) {
                int n;
                while ((n = from.read(buf)) > 0) {
                    synchronized (to) {
                        to.write(buf, 0, n);
                    }
                }
            } catch (IOException ignored) {
                // The process closed the stream.
            }
        });
    }

    /** Exit statuses 129..159 mean the process was killed by a signal (e.g. 134 for an abort). */
    static boolean isCrash(int status) {
        return status > 128 && status < 160;
    }
}

package org.jmlir.filecheck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a check file into a temp directory and runs FileCheck on an input, capturing status and stderr. */
final class FileCheckHarness {
    /** Exit status and diagnostics of one run. */
    record Result(int status, String err) {
        boolean passed() { return status == 0; }
    }

    private final Path dir;

    FileCheckHarness(Path dir) { this.dir = dir; }

    /** Runs with the check file named {@code check.mlir} (relative to {@code dir}, which is the working dir). */
    Result run(String checkText, String input, String... args) {
        try {
            Files.writeString(dir.resolve("check.mlir"), checkText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> argv = new ArrayList<>();
        argv.add("check.mlir");
        argv.addAll(List.of(args));
        return runArgs(argv, input);
    }

    Result runArgs(List<String> argv, String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = FileCheck.run(argv, input, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir);
        return new Result(status, err.toString(StandardCharsets.UTF_8));
    }
}

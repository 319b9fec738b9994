package org.jmlir.filecheck;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A Java implementation of LLVM's FileCheck: verifies that an input text matches the CHECK directives of a check
 * file, with the same directives, options, matching semantics and diagnostics.
 *
 * <p>Exit statuses: 0 when all checks pass, 1 when a check fails, 2 for usage errors, unreadable files, malformed
 * check files and empty input without {@code --allow-empty}.
 */
public final class FileCheck {
    private FileCheck() {}

    /**
     * Runs FileCheck with {@code args} (the check file and LLVM-style options) on {@code input} (the text that
     * would be stdin), resolving relative file names against the JVM's working directory.
     */
    public static int run(List<String> args, String input, PrintStream out, PrintStream err) {
        return run(args, input, out, err, Path.of(""));
    }

    /** As {@link #run(List, String, PrintStream, PrintStream)}, resolving relative paths against {@code cwd}. */
    public static int run(List<String> args, String input, PrintStream out, PrintStream err, Path cwd) {
        FileCheckOptions opts;
        try {
            opts = OptionParser.parse(args);
        } catch (OptionParser.UsageException e) {
            err.println(e.getMessage());
            return 2;
        }
        Diagnostics diags = new Diagnostics(err);
        try {
            CheckFileParser.validatePrefixes(opts, diags);
            String checkText = read(cwd, opts.checkFile, "check", err);
            SourceFile checkFile = new SourceFile(opts.checkFile,
                    Canonicalizer.canonicalize(checkText, opts.strictWhitespace));
            Variables vars = new Variables();
            List<CheckString> checks = CheckFileParser.read(checkFile, opts, vars, diags);

            boolean stdin = opts.inputFile.equals("-");
            String inputText = stdin ? (input == null ? "" : input) : read(cwd, opts.inputFile, "input", err);
            String inputName = stdin ? "<stdin>" : opts.inputFile;
            if (inputText.isEmpty() && !opts.allowEmpty) {
                err.println("FileCheck error: '" + inputName + "' is empty.");
                err.println("FileCheck command line:  FileCheck " + String.join(" ", args));
                return 2;
            }
            SourceFile inputFile = new SourceFile(inputName,
                    Canonicalizer.canonicalize(inputText, opts.strictWhitespace));
            return new InputChecker(inputFile, checks, opts, vars, diags).run() ? 0 : 1;
        } catch (ReportedFailure f) {
            return f.exitCode;
        } finally {
            err.flush();
            out.flush();
        }
    }

    /** Command-line entry point: reads the input from stdin. */
    public static void main(String[] args) throws IOException {
        String input = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        System.exit(run(List.of(args), input, System.out, System.err));
    }

    private static String read(Path cwd, String name, String what, PrintStream err) throws ReportedFailure {
        try {
            return new String(Files.readAllBytes(cwd.resolve(name)), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("Could not open " + what + " file '" + name + "': No such file or directory");
        } catch (IOException e) {
            err.println("Could not open " + what + " file '" + name + "': " + e.getMessage());
        }
        throw new ReportedFailure(2);
    }
}

package org.jmlir.filecheck;

import java.util.List;
import java.util.Set;

/**
 * Parses FileCheck's command line the way LLVM's cl library accepts it: one or two leading dashes,
 * {@code -opt=value} or {@code -opt value}, {@code -DNAME=VALUE} glued to the flag, booleans as {@code -opt} or
 * {@code -opt=true|false}, and {@code --} ending the options.
 */
final class OptionParser {
    /** A command line FileCheck cannot run with (exit status 2). */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) { super(message); }
    }

    private static final Set<String> VALUE_OPTIONS = Set.of("check-prefix", "check-prefixes", "comment-prefixes",
            "implicit-check-not", "input-file", "dump-input", "dump-input-filter", "dump-input-context");

    private OptionParser() {}

    static FileCheckOptions parse(List<String> args) throws UsageException {
        FileCheckOptions o = new FileCheckOptions();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                if (o.checkFile != null) {
                    throw new UsageException("FileCheck: Too many positional arguments specified!\nCan specify at most 1 "
                            + "positional arguments: See: FileCheck --help");
                }
                o.checkFile = arg;
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String body = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
            String name = body;
            String value = null;
            if (body.startsWith("D")) {
                // -D is a prefix option: the definition must be glued to it.
                if (body.equals("D")) throw new UsageException("FileCheck: for the -D option: requires a value!");
                name = "D";
                value = body.substring(1);
            } else {
                int eq = body.indexOf('=');
                if (eq >= 0) {
                    name = body.substring(0, eq);
                    value = body.substring(eq + 1);
                }
            }
            if (VALUE_OPTIONS.contains(name) && value == null) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("FileCheck: for the --" + name + " option: requires a value!");
                }
                value = args.get(++i);
            }
            apply(o, name, value, arg);
        }
        if (o.checkFile == null) throw new UsageException("<check-file> not specified");
        return o;
    }

    private static void apply(FileCheckOptions o, String name, String value, String arg) throws UsageException {
        switch (name) {
            case "check-prefix" -> o.checkPrefixes.add(value);
            case "check-prefixes" -> o.checkPrefixes.addAll(List.of(value.split(",", -1)));
            case "comment-prefixes" -> o.commentPrefixes.addAll(List.of(value.split(",", -1)));
            case "implicit-check-not" -> o.implicitCheckNot.add(value);
            case "input-file" -> o.inputFile = value;
            case "D" -> o.defines.add(value);
            case "dump-input", "dump-input-filter", "dump-input-context" -> { /* no input dump; accepted */ }
            case "strict-whitespace" -> o.strictWhitespace = bool(name, value);
            case "match-full-lines" -> o.matchFullLines = bool(name, value);
            case "ignore-case" -> o.ignoreCase = bool(name, value);
            case "allow-empty" -> o.allowEmpty = bool(name, value);
            case "enable-var-scope" -> o.enableVarScope = bool(name, value);
            case "allow-unused-prefixes" -> o.allowUnusedPrefixes = bool(name, value);
            case "allow-deprecated-dag-overlap" -> o.allowDeprecatedDagOverlap = bool(name, value);
            case "v" -> o.verbose = bool(name, value);
            case "vv" -> {
                o.veryVerbose = bool(name, value);
                o.verbose |= o.veryVerbose;
            }
            case "color", "no-color" -> { /* diagnostics are never colored */ }
            default -> throw new UsageException("FileCheck: Unknown command line argument '" + arg
                    + "'.  Try: 'FileCheck --help'");
        }
    }

    private static boolean bool(String name, String value) throws UsageException {
        if (value == null) return true;
        return switch (value) {
            case "true", "TRUE", "True", "1" -> true;
            case "false", "FALSE", "False", "0" -> false;
            default -> throw new UsageException("FileCheck: for the --" + name + " option: '" + value
                    + "' is invalid value for boolean argument! Try 0 or 1");
        };
    }
}

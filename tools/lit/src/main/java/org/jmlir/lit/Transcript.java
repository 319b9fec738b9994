package org.jmlir.lit;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds the readable log of a test run in the layout of lit's internal shell:
 *
 * <pre>
 * # RUN: at line 3
 * jopt /abs/test.mlir | FileCheck /abs/test.mlir
 * # executed command: jopt /abs/test.mlir
 * # executed command: FileCheck /abs/test.mlir
 * # .---command stderr------------
 * # | test.mlir:5:12: error: CHECK: expected string not found in input
 * # `-----------------------------
 * # error: command failed with exit status: 1
 * </pre>
 */
final class Transcript {
    /** Output blocks longer than this are cut, keeping the start (where the first error usually is). */
    private static final int MAX_BLOCK_CHARS = 100_000;

    private final StringBuilder sb = new StringBuilder();

    void runLine(int line, String command) {
        sb.append("# RUN: at line ").append(line).append('\n').append(command).append('\n');
    }

    void executed(List<String> argv) {
        sb.append("# executed command: ").append(String.join(" ", argv.stream().map(Transcript::quote).toList()))
                .append('\n');
    }

    void block(String title, byte[] bytes) {
        if (bytes == null || bytes.length == 0) return;
        String text = new String(bytes, StandardCharsets.UTF_8);
        int cut = 0;
        if (text.length() > MAX_BLOCK_CHARS) {
            cut = text.length() - MAX_BLOCK_CHARS;
            text = text.substring(0, MAX_BLOCK_CHARS);
        }
        sb.append("# .---command ").append(title).append("------------\n");
        if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
        for (String line : text.split("\n", -1)) sb.append("# | ").append(line).append('\n');
        if (cut > 0) sb.append("# | ... (").append(cut).append(" more characters not shown)\n");
        sb.append("# `-----------------------------\n");
    }

    void error(String message) {
        sb.append("# error: ").append(message).append('\n');
    }

    void note(String message) {
        sb.append("# ").append(message).append('\n');
    }

    @Override
    public String toString() { return sb.toString(); }

    /** Shell-quotes a word when needed so the logged command can be pasted into a shell. */
    static String quote(String word) {
        if (!word.isEmpty() && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || "_@%+=:,./-".indexOf(c) >= 0)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}

package org.jmlir.tools.opt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded damage to MLIR text: character edits (delete, duplicate, swap, insert, replace) and token edits (delete,
 * duplicate, swap, insert a token from MLIR's vocabulary), and soups of random tokens. What it makes is mostly
 * invalid, sometimes valid in surprising ways; either way jopt must answer with diagnostics or output.
 */
final class Mutator {
    /** Tokens and fragments of MLIR's syntax, including malformed ones. */
    static final List<String> VOCABULARY = List.of(
        "%", "%0", "%1", "%arg0", "%x#1", "%0:2", "%#", "^bb0", "^bb1", "^", "^bb0(%a: i32)", "@f", "@\"q\"", "@",
        "#map", "#map1", "#loc", "#loc1", "#", "!alias", "!gen.t", "!gen<\"x\">", "!", "#gen.a", "#gen<x>",
        "\"str\"", "\"\\22\"", "\"\\n\"", "\"unterminated", "\"\\", "\"\\xy\"", "0", "-1", "1", "42", "0x1F", "0x",
        "0x7FC00000", "1.5e10", "-0.0", "1.", "1e", "0.5", "99999999999999999999999999", "-", "+", "*", "(", ")", "{",
        "}", "[", "]", "<", ">", ",", ":", "=", "->", "?", "...", "::", "x", "i32", "i1", "i0", "i16777216", "si8",
        "ui64", "index", "f32", "f16", "bf16", "f8E4M3FN", "tf32", "tensor", "tensor<", "memref", "memref<", "vector",
        "vector<[4]x", "tuple", "complex", "none", "dense", "dense<", "array", "array<", "affine_map",
        "affine_map<(d0) -> (d0)>", "affine_set", "strided", "strided<[1]>", "loc", "loc(", "fused", "callsite",
        "unknown", "at", "to", "true", "false", "unit", "func.func", "module", "builtin.module", "arith.constant",
        "arith.addi", "arith.cmpi", "scf.for", "scf.if", "scf.yield", "return", "func.return", "cf.br",
        "cf.cond_br", "memref.alloc", "memref.load", "attributes", "iter_args", "step", "else", "floordiv",
        "ceildiv", "mod", "d0", "s0", "d99999999999", "{-#", "#-}", "dialect_resources", "dense_resource<r>",
        "// comment\n", "// -----\n", "\n", " ", "\t", "\"gen.op\"", "\"gen.r\"() ({", "}) : () -> ()",
        "() -> ()", ": () -> ()", "\"gen.op\"() : () -> ()\n", "{-# dialect_resources: { builtin: { r: \"0x04000000\" } } #-}",
        "\u00e9", "\u0000", "\r", "\ud83d\ude00", "\\", "'", "`", "$", "&", ";", "4294967296x", "9223372036854775807",
        "-9223372036854775808", "0x7FF8000000000001", "i65", "f80", "dense<1> :", "array<i128: 1>", "#loc = loc(#loc)");

    /**
     * Word-ish tokens, strings, and single punctuation characters; whitespace is kept as tokens. Runs of plain
     * string characters are matched possessively, as one step: java.util.regex recurses once per repetition, and a
     * per-character loop overflowed the stack on a 14 KB hex dense literal.
     */
    private static final Pattern TOKEN = Pattern.compile(
        "\"(?:[^\"\\\\\\n]++|\\\\.)*+\"?|[%^@#!]?[A-Za-z0-9_$.\\-]+|->|\\s+|.", Pattern.DOTALL);

    private final Random r;

    Mutator(long seed) { this.r = new Random(seed); }

    private String word() { return VOCABULARY.get(r.nextInt(VOCABULARY.size())); }

    /** Random tokens, space-separated or not. */
    String soup(int tokens) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            sb.append(word());
            if (r.nextInt(3) > 0) sb.append(' ');
        }
        return sb.toString();
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** {@code text} with {@code n} random edits, character or token level. */
    String mutate(String text, int n) {
        for (int i = 0; i < n; i++) text = r.nextBoolean() ? mutateChars(text) : mutateTokens(text);
        return text;
    }

    private String mutateChars(String s) {
        if (s.isEmpty()) return word();
        int at = r.nextInt(s.length());
        StringBuilder sb = new StringBuilder(s);
        switch (r.nextInt(5)) {
            case 0 -> sb.deleteCharAt(at);
            case 1 -> sb.insert(at, s.charAt(at));
            case 2 -> {
                int other = r.nextInt(s.length());
                char c = sb.charAt(at);
                sb.setCharAt(at, sb.charAt(other));
                sb.setCharAt(other, c);
            }
            case 3 -> sb.insert(at, "()<>{}[]%^@#!\":=,-x?0123456789.\\ \n\t\u00e9".charAt(r.nextInt(36)));
            default -> sb.setCharAt(at, (char) (32 + r.nextInt(95)));
        }
        return sb.toString();
    }

    private String mutateTokens(String s) {
        List<String> ts = tokens(s);
        if (ts.isEmpty()) return word();
        int at = r.nextInt(ts.size());
        switch (r.nextInt(5)) {
            case 0 -> ts.remove(at);
            case 1 -> ts.add(at, ts.get(at));
            case 2 -> {
                int other = r.nextInt(ts.size());
                String t = ts.get(at);
                ts.set(at, ts.get(other));
                ts.set(other, t);
            }
            case 3 -> ts.add(at, word());
            default -> { // duplicate a whole span: repeated blocks, regions, attribute entries
                int end = Math.min(ts.size(), at + 1 + r.nextInt(30));
                ts.addAll(end, new ArrayList<>(ts.subList(at, end)));
            }
        }
        return String.join("", ts);
    }
}

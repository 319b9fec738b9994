package org.jmlir.filecheck;

/**
 * Normalizes check and input text as LLVM does before matching: drops the '\r' of "\r\n" line ends and, unless
 * {@code --strict-whitespace}, turns every run of spaces and tabs into a single space. Diagnostics then show the
 * normalized text, as LLVM's do.
 */
final class Canonicalizer {
    private Canonicalizer() {}

    static String canonicalize(String text, boolean strictWhitespace) {
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') continue;
            if (strictWhitespace || (c != ' ' && c != '\t')) {
                sb.append(c);
                continue;
            }
            sb.append(' ');
            while (i + 1 < n && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) i++;
        }
        return sb.toString();
    }
}

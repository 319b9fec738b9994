package org.jmlir.filecheck;

/** C-style escaping as done by LLVM's {@code raw_ostream::write_escaped}, used when quoting values in notes. */
final class Escapes {
    private Escapes() {}

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '"' -> sb.append("\\\"");
                default -> {
                    if (c < 0x20 || c == 0x7f) sb.append(String.format("\\%03o", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}

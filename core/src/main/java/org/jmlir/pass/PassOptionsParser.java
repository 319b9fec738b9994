package org.jmlir.pass;

/**
 * Applies {@code key=value key2=value2} option text to a pass. Values may be quoted ({@code "a b"}) or braced
 * ({@code {a,b}}); a boolean option given without a value is set to true.
 */
final class PassOptionsParser {
    private PassOptionsParser() {}

    static void apply(Pass pass, String text) throws PipelineException {
        int i = 0, n = text.length();
        while (true) {
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
            if (i >= n) return;
            int ks = i;
            while (i < n && text.charAt(i) != '=' && !Character.isWhitespace(text.charAt(i))) i++;
            String key = text.substring(ks, i);
            String value = null;
            if (i < n && text.charAt(i) == '=') {
                i++;
                int vs = i;
                if (i < n && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
                    char q = text.charAt(i++);
                    while (i < n && text.charAt(i) != q) i++;
                    value = text.substring(vs + 1, Math.min(i, n));
                    i++;
                } else if (i < n && text.charAt(i) == '{') {
                    int depth = 0;
                    do {
                        char c = text.charAt(i);
                        if (c == '{') depth++;
                        else if (c == '}') depth--;
                        i++;
                    } while (depth > 0 && i < n);
                    value = text.substring(vs + 1, i - 1);
                } else {
                    while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
                    value = text.substring(vs, i);
                }
            }
            PassOption<?> o = pass.option(key);
            if (o == null) {
                throw new PipelineException("<Pass-Options-Parser>: no such option " + key + "\n"
                    + "failed to add `" + pass.argument() + "` with options `" + text + "`");
            }
            try {
                if (value == null) {
                    if (!o.typeName().equals("bool")) throw new IllegalArgumentException("option '" + key
                        + "' needs a value");
                    o.parse("true");
                } else {
                    o.parse(value);
                }
            } catch (IllegalArgumentException e) {
                throw new PipelineException(e.getMessage() + "\nfailed to add `" + pass.argument()
                    + "` with options `" + text + "`");
            }
        }
    }
}

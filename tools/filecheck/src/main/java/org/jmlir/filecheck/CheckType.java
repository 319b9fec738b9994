package org.jmlir.filecheck;

/** The directive of a check line ({@code CHECK-NEXT:}, {@code CHECK-COUNT-3:}, ...) and its modifiers. */
record CheckType(Kind kind, int count, boolean literal) {
    enum Kind {
        PLAIN, NEXT, SAME, NOT, DAG, LABEL, EMPTY, COMMENT,
        /** The pseudo check at the end of input that carries trailing CHECK-DAG/-NOT lines. */
        EOF
    }

    static CheckType of(Kind kind) { return new CheckType(kind, 1, false); }

    CheckType withLiteral() { return new CheckType(kind, count, true); }

    /** The directive as LLVM names it in messages, e.g. {@code CHECK-NEXT}, {@code CHECK-COUNT}. */
    String describe(String prefix) {
        String mods = literal ? "{LITERAL}" : "";
        return switch (kind) {
            case PLAIN -> prefix + (count > 1 ? "-COUNT" : "") + mods;
            case NEXT -> prefix + "-NEXT" + mods;
            case SAME -> prefix + "-SAME" + mods;
            case NOT -> prefix + "-NOT" + mods;
            case DAG -> prefix + "-DAG" + mods;
            case LABEL -> prefix + "-LABEL" + mods;
            case EMPTY -> prefix + "-EMPTY" + mods;
            case COMMENT -> prefix;
            case EOF -> "implicit EOF";
        };
    }
}

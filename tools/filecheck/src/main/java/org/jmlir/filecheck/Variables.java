package org.jmlir.filecheck;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The variable state shared by all patterns of one FileCheck run. String values are set when a defining pattern
 * matches; the parse-time tables let later patterns refer to variables (and detect string/numeric name clashes)
 * before any matching happens.
 */
final class Variables {
    static final String LINE = "@LINE";

    /** Current values of string variables ({@code [[X:re]]}, {@code -DX=v}). */
    final Map<String, String> strings = new HashMap<>();
    /** Names of string variables defined anywhere so far (parse time). */
    final Set<String> definedStrings = new HashSet<>();
    /** Numeric variables by name (parse time); their values change at match time. */
    final Map<String, NumericVariable> numerics = new HashMap<>();
    /** The {@code @LINE} pseudo variable, set to a pattern's line before each match. */
    final NumericVariable line = new NumericVariable(LINE, NumericFormat.UNSIGNED, null);

    Variables() {
        numerics.put(LINE, line);
    }

    /**
     * Forgets all variables not starting with '$' ({@code --enable-var-scope} at each CHECK-LABEL block). Numeric
     * variables lose their value, so uses parsed earlier report them as undefined.
     */
    void clearLocals() {
        strings.keySet().removeIf(name -> !name.startsWith("$"));
        numerics.entrySet().removeIf(e -> {
            boolean local = !e.getKey().startsWith("$") && !e.getKey().equals(LINE);
            if (local) e.getValue().setValue(null);
            return local;
        });
    }
}

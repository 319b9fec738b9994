package org.jmlir.text;

import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;

/** The entry points of the textual format: parse a buffer into a module, print an op. */
public final class MlirText {
    private MlirText() {}

    /**
     * Parses {@code text} (named {@code bufferName} in locations) into a module. On error the diagnostics have been
     * reported to the context's engine and null is returned.
     */
    public static Operation parse(Context context, String text, String bufferName) {
        return parse(context, text, bufferName, true);
    }

    /**
     * Like {@link #parse(Context, String, String)}; with {@code implicitModule} false the buffer must hold exactly
     * one top-level op, which is returned as the root whatever it is (mlir-opt's {@code --no-implicit-module}).
     */
    public static Operation parse(Context context, String text, String bufferName, boolean implicitModule) {
        return new OpParser(context, new Lexer(text), bufferName).parseTopLevel(implicitModule);
    }

    public static String print(Operation op, PrintOptions options) { return OpPrinter.print(op, options); }

    public static String print(Operation op) { return OpPrinter.print(op, PrintOptions.DEFAULT); }

    /**
     * The operand spelling of each value under {@code root} ({@code %0}, {@code %arg1}, {@code %r#1}) as the custom
     * form of {@code root} names it (for tools that show values, such as view-op-graph).
     */
    public static java.util.function.Function<org.jmlir.ir.Value, String> operandNames(Operation root) {
        return OpPrinter.operandNames(root);
    }
}

package org.jmlir.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicReference;
import org.jmlir.ir.Context;
import org.jmlir.ir.attr.Attribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Absurdly deep input ends in a diagnostic, never a StackOverflowError; depth just under the limit still works. */
class DeepNestingTest {
    private static final int DEEP = 100_000;
    private static final int OK = 900;

    /** The input with {@code n} levels of nesting, by shape name. */
    private static String nested(String shape, int n) {
        return switch (shape) {
            case "tuple" -> "tuple<".repeat(n) + "i32" + ">".repeat(n);
            case "array" -> "[".repeat(n) + "]".repeat(n);
            case "dict" -> "{a = ".repeat(n) + "1" + "}".repeat(n);
            case "memref" -> "memref<4x".repeat(n) + "f32" + ">".repeat(n);
            case "function" -> "(".repeat(n) + ") -> ()" + " -> ()".repeat(n);
            case "dense" -> "dense<" + "[".repeat(n) + "1" + "]".repeat(n) + "> : tensor<" + "1x".repeat(n) + "i32>";
            case "affine-parens" -> "affine_map<(d0) -> (" + "(".repeat(n) + "d0" + ")".repeat(n) + ")>";
            case "affine-negation" -> "affine_map<(d0) -> (" + "-".repeat(n) + "d0)>";
            case "affine-sum" -> "affine_map<(d0)[s0] -> (d0" + " + s0 * 2 + d0".repeat(n) + ")>";
            // named leaves: call sites of unknown locations all hash to 0 in core's interner (records of zero-field
            // records), which makes a deep nest quadratic to intern
            case "callsite" -> "loc(" + "callsite(".repeat(n) + "\"a\"" + " at \"b\")".repeat(n) + ")";
            case "name-loc" -> "loc(" + "\"n\"(".repeat(n) + "unknown" + ")".repeat(n) + ")";
            case "fused-metadata" -> "loc(" + "fused<loc(".repeat(n) + "unknown" + ")>[\"a\"]".repeat(n) + ")";
            case "vector-in-tensor" -> "tensor<" + "complex<".repeat(n) + "f32" + ">".repeat(n) + ">";
            default -> throw new IllegalArgumentException(shape);
        };
    }

    private static String parseOnThread(String text) throws InterruptedException {
        AtomicReference<String> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            Context c = TextTestSupport.context();
            try {
                result.set(TextTestSupport.attributeError(c, text));
            } catch (StackOverflowError e) {
                result.set("StackOverflowError");
            }
        }, "deep-parse", 8L << 20);
        t.start();
        t.join();
        return result.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tuple", "array", "dict", "memref", "function", "dense", "affine-parens",
                            "affine-negation", "affine-sum", "callsite", "name-loc", "fused-metadata",
                            "vector-in-tensor"})
    void tooDeepIsADiagnostic(String shape) throws InterruptedException {
        assertEquals("nesting is too deep (more than " + ParserBase.MAX_NESTING + " levels)",
            parseOnThread(nested(shape, DEEP)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tuple", "array", "dict", "memref", "affine-parens", "callsite", "name-loc"})
    void deepButWithinTheLimitParsesAndPrints(String shape) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                Context c = TextTestSupport.context();
                Attribute a = StandaloneTypeAttrParser.parseAttribute(c, nested(shape, OK));
                String printed = AttrTypePrinter.attributeToString(a);
                Attribute again = StandaloneTypeAttrParser.parseAttribute(c, printed);
                result.set(again == a ? null : "reparse differs");
            } catch (Throwable e) {
                result.set(e);
            }
        }, "deep-ok", 8L << 20);
        t.start();
        t.join();
        assertNull(result.get());
    }
}

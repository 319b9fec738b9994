package org.jmlir.tools.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Absurdly deep input (100,000 levels) makes jopt exit 1 with a located diagnostic: no StackOverflowError, no
 * internal error. Nesting within the parser's limit (900 levels) is read, verified and printed, and the output
 * reads back to itself. Types, attributes and locations run on a thread with an ordinary 1 MB stack (not the 1 GB
 * of jopt's main thread, nor surefire's 16 MB), so what is proven there is that nesting depth is bounded, not that
 * the stack is big. Nested ops do not fit a 1 MB stack yet: they are tested with jopt's own stack, and on an
 * ordinary stack in tests disabled with the reason.
 */
class DeepNestingJOptTest {
    private static final int DEEP = 100_000;
    private static final int OK = 900;

    /** A whole input with {@code n} levels of nesting of the given shape. */
    static String nested(String shape, int n) {
        return switch (shape) {
            case "regions" -> "\"gen.r\"() ({\n".repeat(n) + "}) : () -> ()\n".repeat(n);
            case "blocks-in-regions" -> {
                // regions are not isolated, so every level names its argument differently
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) sb.append("\"gen.r\"(%a").append(i).append(") ({\n^bb0(%a").append(i + 1)
                    .append(": i32):\n");
                sb.insert(0, "%a0 = \"gen.def\"() : () -> i32\n");
                yield sb + "}) : (i32) -> ()\n".repeat(n);
            }
            case "scf-if" -> "func.func @f(%c: i1) {\n" + "scf.if %c {\n".repeat(n) + "}\n".repeat(n) + "return\n}\n";
            case "tuple" -> "%0 = \"gen.op\"() : () -> " + "tuple<".repeat(n) + "i32" + ">".repeat(n) + "\n";
            case "function-type" -> "\"gen.op\"() {t = " + "(".repeat(n) + "() -> ()" + ") -> ()".repeat(n)
                + "} : () -> ()\n";
            case "array" -> "\"gen.op\"() {a = " + "[".repeat(n) + "]".repeat(n) + "} : () -> ()\n";
            case "dictionary" -> "\"gen.op\"() {a = " + "{a = ".repeat(n) + "1" + "}".repeat(n) + "} : () -> ()\n";
            case "properties" -> "\"gen.op\"() <{a = " + "{a = ".repeat(n) + "1" + "}".repeat(n) + "}> : () -> ()\n";
            case "affine-parens" -> "\"gen.op\"() {m = affine_map<(d0) -> (" + "(".repeat(n) + "d0" + ")".repeat(n)
                + ")>} : () -> ()\n";
            case "affine-negation" -> "\"gen.op\"() {m = affine_map<(d0) -> (" + "-".repeat(n) + "d0)>} : () -> ()\n";
            case "integer-set" -> "\"gen.op\"() {s = affine_set<(d0) : (" + "(".repeat(n) + "d0" + ")".repeat(n)
                + " >= 0)>} : () -> ()\n";
            case "dense" -> "\"gen.op\"() {d = dense<" + "[".repeat(n) + "1" + "]".repeat(n) + "> : tensor<"
                + "1x".repeat(n) + "i32>} : () -> ()\n";
            case "memref-of-memref" -> "%0 = \"gen.op\"() : () -> " + "memref<4x".repeat(n) + "f32" + ">".repeat(n) + "\n";
            case "fused-loc" -> "\"gen.op\"() : () -> () loc(" + "fused<\"m\">[".repeat(n) + "\"a\"" + "]".repeat(n)
                + ")\n";
            case "callsite-loc" -> "\"gen.op\"() : () -> () loc(" + "callsite(".repeat(n) + "\"a\"" + " at \"b\")".repeat(n)
                + ")\n";
            case "name-loc" -> "\"gen.op\"() : () -> () loc(" + "\"n\"(".repeat(n) + "\"a\":1:2" + ")".repeat(n) + ")\n";
            case "loc-in-attribute" -> "\"gen.op\"() {l = loc(" + "fused<\"m\">[".repeat(n) + "\"a\"" + "]".repeat(n)
                + ")} : () -> ()\n";
            case "opaque-type" -> "%0 = \"gen.op\"() : () -> !gen.t" + "<".repeat(n) + ">".repeat(n) + "\n";
            case "opaque-attr" -> "\"gen.op\"() {a = #gen.a" + "<".repeat(n) + ">".repeat(n) + "} : () -> ()\n";
            default -> throw new IllegalArgumentException(shape);
        };
    }

    private static final Pattern LOCATED_ERROR = Pattern.compile("^<stdin>:\\d+:\\d+: error: .+");

    /** The stack of the thread jopt's {@code main} runs on (see {@link JOpt#main}). */
    static final long JOPT_MAIN_STACK = 1L << 30;

    static void assertTooDeepIsALocatedDiagnostic(String shape, long stack) {
        String input = nested(shape, DEEP);
        Robustness.Outcome o = Robustness.jopt(List.of("--allow-unregistered-dialect"), input, stack,
            Robustness.DEFAULT_TIMEOUT);
        Robustness.assertWellBehaved(o, input, shape + " nested " + DEEP + " deep, stack " + (stack >> 10) + " KB");
        assertEquals(1, o.exit(), o.describe());
        String first = o.err().lines().findFirst().orElse("");
        assertTrue(LOCATED_ERROR.matcher(first).matches(), () -> "first line of stderr: " + first);
        assertTrue(o.out().isEmpty(), "no output for failed input");
    }

    static void assertRoundTrips(String shape, int depth, long stack) {
        String input = nested(shape, depth);
        for (List<String> flags : List.of(List.<String>of(), List.of("--mlir-print-op-generic"),
            List.of("--mlir-print-debuginfo"))) {
            List<String> args = new ArrayList<>(List.of("--allow-unregistered-dialect"));
            args.addAll(flags);
            String what = shape + " nested " + depth + " deep " + flags + ", stack " + (stack >> 10) + " KB";
            Robustness.Outcome first = Robustness.jopt(args, input, stack, Robustness.DEFAULT_TIMEOUT);
            Robustness.assertWellBehaved(first, input, what);
            assertEquals(0, first.exit(), first::describe);
            Robustness.Outcome second = Robustness.jopt(args, first.out(), stack, Robustness.DEFAULT_TIMEOUT);
            Robustness.assertWellBehaved(second, first.out(), what + ", printed and read back");
            assertEquals(0, second.exit(), second::describe);
            String a = first.out(), b = second.out();
            if (flags.contains("--mlir-print-debuginfo") && TextRoundTripPropertiesTest.TOLERATE_UNUSED_LOCATION_ALIASES) {
                a = TextRoundTripPropertiesTest.normalizeLocationAliases(a); // the elided scf.yield of each level
                b = TextRoundTripPropertiesTest.normalizeLocationAliases(b);
            }
            assertNull(Robustness.firstDifference(a, b), what);
        }
    }

    /** Types, attributes, locations: a diagnostic on an ordinary 1 MB stack. */
    @ParameterizedTest
    @ValueSource(strings = {"tuple", "function-type", "array", "dictionary", "properties", "affine-parens",
                            "affine-negation", "integer-set", "dense", "memref-of-memref", "fused-loc", "callsite-loc",
                            "name-loc", "loc-in-attribute"})
    void tooDeepIsALocatedDiagnostic(String shape) {
        assertTooDeepIsALocatedDiagnostic(shape, Robustness.NORMAL_STACK);
    }

    /** Nested ops and regions: a diagnostic with the stack jopt's main gives itself. */
    @ParameterizedTest
    @ValueSource(strings = {"regions", "blocks-in-regions", "scf-if"})
    void tooDeepOpsAreALocatedDiagnosticInJOpt(String shape) {
        assertTooDeepIsALocatedDiagnostic(shape, JOPT_MAIN_STACK);
    }

    /**
     * Nested ops and regions on an ordinary stack. Op nesting is bounded at {@link
     * org.jmlir.text.ParserBase#MAX_NESTING} (1000) levels, but each level of op/region nesting costs the parser
     * 4-5 frames (parseOperation, parseGenericOperation or a custom parser such as IfSyntax.parse, parseRegion,
     * parseRegionBody): measured on a 1 MB stack, a StackOverflowError escapes {@code MlirText.parse} and
     * {@code JOpt.run} from about 250 levels (cold JIT) to 650-940 levels (warm), so 100,000 levels overflow before
     * the bound is reached. jopt's main runs on a 1 GB stack, library callers do not.
     */
    @Disabled("bug: op/region nesting overflows a 1 MB stack before the 1000-level bound (StackOverflowError escapes)")
    @ParameterizedTest
    @ValueSource(strings = {"regions", "blocks-in-regions", "scf-if"})
    void tooDeepOpsAreALocatedDiagnosticOnAnOrdinaryStack(String shape) {
        assertTooDeepIsALocatedDiagnostic(shape, Robustness.NORMAL_STACK);
    }

    /** Within the limit: parses, verifies, prints (custom, generic, with locations), reads back to itself. */
    @ParameterizedTest
    @ValueSource(strings = {"tuple", "function-type", "array", "dictionary", "properties", "affine-parens",
                            "integer-set", "dense", "memref-of-memref", "fused-loc", "loc-in-attribute"})
    void deepButWithinTheLimitRoundTrips(String shape) {
        assertRoundTrips(shape, OK, Robustness.NORMAL_STACK);
    }

    /** Dialect bodies are balanced text, not nesting: 100,000 levels of {@code <>} are accepted, as by mlir-opt. */
    @ParameterizedTest
    @ValueSource(strings = {"opaque-type", "opaque-attr"})
    void deepDialectBodiesAreText(String shape) {
        assertRoundTrips(shape, DEEP, Robustness.NORMAL_STACK);
    }

    /** Nested ops and deep call-site and name locations (printed with locations) with jopt's own stack. */
    @ParameterizedTest
    @ValueSource(strings = {"regions", "blocks-in-regions", "scf-if", "callsite-loc", "name-loc"})
    void deepOpsAndLocationsRoundTripInJOpt(String shape) {
        assertRoundTrips(shape, OK, JOPT_MAIN_STACK);
    }

    /**
     * The same on an ordinary stack: the parser overflows (see above), and so does the printer with
     * {@code --mlir-print-debuginfo} on 900-deep call-site or name locations: {@code AliasState.depthOf} recurses
     * through {@code SubElements.walkNested} per level and looks each nested location up in a hash map, whose
     * record {@code hashCode} recurses through the whole remaining chain again (quadratic, and deep).
     */
    @Disabled("bug: 900-deep ops overflow a 1 MB stack in the parser; 900-deep locations in AliasState.depthOf")
    @ParameterizedTest
    @ValueSource(strings = {"regions", "blocks-in-regions", "scf-if", "callsite-loc", "name-loc"})
    void deepOpsAndLocationsRoundTripOnAnOrdinaryStack(String shape) {
        assertRoundTrips(shape, OK, Robustness.NORMAL_STACK);
    }
}

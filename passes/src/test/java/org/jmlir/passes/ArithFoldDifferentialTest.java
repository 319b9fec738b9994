package org.jmlir.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random constant-folding programs (every arith integer and float op, comparisons, casts and math functions on
 * random and special values of many widths and formats) canonicalized by us and by mlir-opt 22: the outputs must
 * be identical. Skipped where mlir-opt is not installed.
 */
class ArithFoldDifferentialTest {
    private static final Path MLIR_OPT = Path.of(System.getProperty("jmlir.mlirOpt", "/usr/lib/llvm-22/bin/mlir-opt"));

    private static final String[] INT_OPS = {"addi", "subi", "muli", "divui", "divsi", "ceildivui", "ceildivsi",
        "floordivsi", "remui", "remsi", "andi", "ori", "xori", "shli", "shrui", "shrsi", "maxsi", "maxui", "minsi",
        "minui"};
    private static final String[] FLOAT_OPS = {"addf", "subf", "mulf", "divf", "remf", "maximumf", "minimumf",
        "maxnumf", "minnumf"};
    private static final String[] CMPI = {"eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"};
    private static final String[] CMPF = {"false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt",
        "uge", "ult", "ule", "une", "uno", "true"};
    private static final String[] MATH = {"sin", "cos", "exp", "log", "sqrt", "tanh", "atan", "erf", "expm1",
        "log1p", "log2", "exp2", "round", "trunc", "ceil", "floor", "roundeven", "absf"};

    /** Builds one function's body, results and result types. */
    private static final class Fn {
        final StringBuilder body = new StringBuilder();
        final List<String> results = new ArrayList<>(), types = new ArrayList<>();
        int n;

        String name() { return "%v" + n++; }

        String op(String text, String type) {
            String v = name();
            body.append("  ").append(v).append(" = ").append(text).append('\n');
            results.add(v);
            types.add(type);
            return v;
        }

        String constant(String value, String type) {
            String v = name();
            body.append("  ").append(v).append(" = arith.constant ").append(value)
                .append(type.equals("i1") ? "" : " : " + type).append('\n');
            return v;
        }

        String render(String fname) {
            return "func.func @" + fname + "() -> (" + String.join(", ", types) + ") {\n" + body + "  return "
                + String.join(", ", results) + " : " + String.join(", ", types) + "\n}\n";
        }
    }

    private static java.math.BigInteger intValue(Random r, int w) {
        java.math.BigInteger min = java.math.BigInteger.ONE.shiftLeft(w - 1).negate();
        java.math.BigInteger max = java.math.BigInteger.ONE.shiftLeft(w - 1).subtract(java.math.BigInteger.ONE);
        return switch (r.nextInt(5)) {
            case 0 -> java.math.BigInteger.valueOf(r.nextInt(5) - 2).max(min).min(max);
            case 1 -> r.nextBoolean() ? min : max;
            case 2 -> java.math.BigInteger.valueOf(w + r.nextInt(3) - 1).min(max);
            default -> new java.math.BigInteger(w, r).add(min);
        };
    }

    private static String intLiteral(Random r, int w) {
        java.math.BigInteger v = intValue(r, w);
        return w == 1 ? (v.testBit(0) ? "true" : "false") : v.toString();
    }

    private static String floatLiteral(Random r, String type) {
        return switch (r.nextInt(6)) {
            case 0 -> switch (type) {
                case "f16" -> new String[] {"0x7E00", "0xFC00", "0x7C00"}[r.nextInt(3)];
                case "bf16" -> new String[] {"0x7FC0", "0xFF80", "0x7F80"}[r.nextInt(3)];
                case "f32" -> new String[] {"0x7FC00000", "0xFFC00001", "0x7F800000", "0xFF800000"}[r.nextInt(4)];
                default -> new String[] {"0x7FF8000000000000", "0xFFF0000000000000"}[r.nextInt(2)];
            };
            case 1 -> new String[] {"0.0", "-0.0", "1.0", "-1.0", "0.5", "2.0", "3.0", "-2.5"}[r.nextInt(8)];
            default -> Double.toString((r.nextDouble() * 20 - 10) * Math.pow(10, r.nextInt(17) - 8));
        };
    }

    static String program(long seed) {
        Random r = new Random(seed);
        StringBuilder out = new StringBuilder();
        for (String t : new String[] {"i1", "i8", "i16", "i32", "i64", "index", "i7", "i128"}) {
            int w = t.equals("index") ? 64 : Integer.parseInt(t.substring(1));
            Fn f = new Fn();
            for (int k = 0; k < 25; k++) {
                String a = f.constant(intLiteral(r, w), t), b = f.constant(intLiteral(r, w), t);
                f.op("arith." + INT_OPS[r.nextInt(INT_OPS.length)] + " " + a + ", " + b + " : " + t, t);
                f.op("arith.cmpi " + CMPI[r.nextInt(CMPI.length)] + ", " + a + ", " + b + " : " + t, "i1");
                if (w > 1 && w <= 64 && !t.equals("index")) {
                    for (String ft : new String[] {"f16", "bf16", "f32", "f64"}) {
                        f.op("arith." + (r.nextBoolean() ? "sitofp" : "uitofp") + " " + a + " : " + t + " to " + ft,
                            ft);
                    }
                    for (String m : new String[] {"ctlz", "cttz", "ctpop", "absi"}) {
                        f.op("math." + m + " " + a + " : " + t, t);
                    }
                }
            }
            out.append(f.render("int_" + t));
        }
        for (String t : new String[] {"f16", "bf16", "f32", "f64"}) {
            Fn f = new Fn();
            for (int k = 0; k < 25; k++) {
                String a = f.constant(floatLiteral(r, t), t), b = f.constant(floatLiteral(r, t), t);
                f.op("arith." + FLOAT_OPS[r.nextInt(FLOAT_OPS.length)] + " " + a + ", " + b + " : " + t, t);
                f.op("arith.cmpf " + CMPF[r.nextInt(CMPF.length)] + ", " + a + ", " + b + " : " + t, "i1");
                f.op("arith.negf " + a + " : " + t, t);
                for (String it : new String[] {"i8", "i32", "i64"}) {
                    f.op("arith." + (r.nextBoolean() ? "fptosi" : "fptoui") + " " + a + " : " + t + " to " + it, it);
                }
                if (t.equals("f32") || t.equals("f64")) {
                    f.op("math." + MATH[r.nextInt(MATH.length)] + " " + a + " : " + t, t);
                    f.op("math.powf " + a + ", " + b + " : " + t, t);
                    f.op("arith.truncf " + a + " : " + t + " to " + (t.equals("f32") ? "f16" : "f32"),
                        t.equals("f32") ? "f16" : "f32");
                } else {
                    f.op("arith.extf " + a + " : " + t + " to f32", "f32");
                }
            }
            out.append(f.render("float_" + t));
        }
        return out.toString();
    }

    /** Prints the program of a seed, to reproduce a failure by hand. */
    public static void main(String[] args) { System.out.print(program(Long.parseLong(args[0]))); }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void canonicalizeAgreesWithMlirOpt(long seed) throws Exception {
        assumeTrue(Files.isExecutable(MLIR_OPT), "mlir-opt not installed at " + MLIR_OPT);
        String text = program(seed);
        Path in = Files.createTempFile("arith-fold", ".mlir");
        try {
            Files.writeString(in, text);
            Process p = new ProcessBuilder(MLIR_OPT.toString(), "--canonicalize", in.toString())
                .redirectErrorStream(true).start();
            String theirs = new String(p.getInputStream().readAllBytes());
            p.waitFor(60, TimeUnit.SECONDS);
            assertEquals(theirs.stripTrailing(), CanonicalizeArithMathTest.canonicalize(text).stripTrailing(),
                "seed " + seed);
        } finally {
            Files.deleteIfExists(in);
        }
    }
}

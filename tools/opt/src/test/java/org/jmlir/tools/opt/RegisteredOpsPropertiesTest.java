package org.jmlir.tools.opt;

import static org.jmlir.tools.opt.Robustness.firstDifference;
import static org.jmlir.tools.opt.Robustness.reprint;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.jmlir.ir.Context;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.AttrDef;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.RegionDef;
import org.jmlir.ods.SuccessorDef;
import org.jmlir.ods.ValueDef;
import org.jmlir.text.AttrTypePrinter;
import org.jmlir.text.MlirText;
import org.jmlir.text.PrintOptions;
import org.jmlir.text.StandaloneTypeAttrParser;
import org.jmlir.verify.Verifier;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Every registered op of every dialect, written in the generic form with operands, results, inherent attributes,
 * regions and successors that are often right and sometimes wrong (counts, types, attribute kinds, segment sizes,
 * region shapes): the verifier, the printers and jopt must answer with diagnostics or output, never throw. And
 * whenever such an op does verify, its custom form must round-trip: custom print-parse-print is a fixed point, and
 * custom to generic to custom gives the custom text back.
 */
class RegisteredOpsPropertiesTest {
    static final List<OpDef> OPS = registeredOps();

    static List<OpDef> registeredOps() {
        List<OpDef> ops = new ArrayList<>();
        for (Dialect d : Context.withAllDialects().loadedDialects()) ops.addAll(d.operations());
        return ops;
    }

    private static final List<String> TYPES = List.of("index", "i1", "i8", "i32", "i64", "f16", "f32", "f64",
        "memref<4xf32>", "memref<?xf32>", "memref<4x4xi32>", "memref<f32>", "memref<*xf32>",
        "memref<4xf32, strided<[2], offset: ?>>", "tensor<4xf32>", "tensor<?xi32>", "vector<4xf32>", "vector<4xi1>",
        "vector<4xi32>", "complex<f32>", "none", "() -> ()", "(i32) -> i32", "!gen.t", "tuple<i32>", "ui32", "si8",
        "vector<[4]xf32>", "memref<2x?xf32, 1>");

    private static final List<String> ATTRS = List.of("0 : i64", "1 : i64", "3 : i64", "9 : i64", "17 : i64", "-1 : i64",
        "0 : i32", "1 : i32", "2 : i32", "0 : index", "42 : i32", "true", "false", "unit", "\"private\"", "\"public\"",
        "\"f\"", "@f", "@f::@g", "array<i32: 1, 0>", "array<i32: 0, 0>", "array<i32: 1, 1>", "array<i32: 2, 1, 0>",
        "array<i32: -1, 3>", "array<i64: 0, 1>", "array<i64: 4>", "array<i64: -9223372036854775808>", "array<i64>",
        "dense<[1, 2]> : vector<2xi32>", "dense<1> : tensor<2xi32>", "dense<1.0> : tensor<4xf32>",
        "1.0 : f32", "0.0 : f64", "() -> ()", "(i32) -> i32", "(index, f32) -> (i1)", "[{}]", "[]",
        "[{a = 1 : i32}, {}]", "{}", "#arith.fastmath<fast>", "#arith.fastmath<nnan,ninf>", "#arith.overflow<nsw>",
        "#arith.overflow<nsw, nuw>", "affine_map<(d0) -> (d0)>", "i32", "f32", "memref<4xf32>", "dense<0> : vector<4xi32>",
        "dense<[0, 1]> : tensor<2xi64>", "dense<> : tensor<0xi64>", "\"0x01\"", "64 : i64", "0 : i8",
        "dense<1.0> : tensor<f32>", "dense<[[1, 2]]> : tensor<1x2xi32>");

    /** Text of a random, roughly plausible generic instance of an op, in a module. */
    static final class OpText {
        private final Random r;
        private final List<Type> types = new ArrayList<>();
        private final List<Attribute> attrs = new ArrayList<>();
        private final StringBuilder defs = new StringBuilder();
        private int values;

        OpText(long seed) {
            r = new Random(seed);
            Context c = RandomModules.context();
            for (String t : TYPES) types.add(StandaloneTypeAttrParser.parseType(c, t));
            for (String a : ATTRS) attrs.add(StandaloneTypeAttrParser.parseAttribute(c, a));
        }

        private boolean chance(double p) { return r.nextDouble() < p; }

        private <T> T pick(List<T> xs) { return xs.get(r.nextInt(xs.size())); }

        /** One type for the whole op, used wherever it fits: many ops want their operands and results alike. */
        private Type theme;

        private Type type(ValueDef d) {
            if (theme != null && d != null && d.constraint().test(theme) && chance(0.75)) return theme;
            List<Type> ok = d == null ? List.of() : types.stream().filter(t -> d.constraint().test(t)).toList();
            return !ok.isEmpty() && chance(0.9) ? pick(ok) : pick(types);
        }

        private Attribute attribute(AttrDef d) {
            List<Attribute> ok = attrs.stream().filter(a -> d.constraint().test(a)).toList();
            return !ok.isEmpty() && chance(0.85) ? pick(ok) : pick(attrs);
        }

        private int count(ValueDef d) {
            return switch (d.arity()) {
                case SINGLE -> chance(0.95) ? 1 : r.nextInt(3);
                case OPTIONAL -> r.nextInt(2);
                case VARIADIC -> r.nextInt(3);
            };
        }

        /** A fresh value of the type, defined by a {@code gen.def} ahead of the op. */
        private String value(Type t) {
            String name = "%v" + values++;
            defs.append("  ").append(name).append(" = \"gen.def\"() : () -> ").append(AttrTypePrinter.typeToString(t))
                .append('\n');
            return name;
        }

        String build(OpDef def) {
            theme = def.operands().isEmpty() ? (def.results().isEmpty() ? null : type(def.results().get(0)))
                : type(def.operands().get(0));
            List<String> operands = new ArrayList<>();
            List<String> operandTypes = new ArrayList<>();
            List<Integer> segments = new ArrayList<>();
            for (ValueDef d : def.operands()) {
                int n = count(d);
                segments.add(n);
                Type t = type(d); // a variadic group usually shares a type
                for (int i = 0; i < n; i++) {
                    Type ti = chance(0.9) ? t : type(d);
                    operands.add(value(ti));
                    operandTypes.add(AttrTypePrinter.typeToString(ti));
                }
            }
            List<String> resultTypes = new ArrayList<>();
            for (ValueDef d : def.results()) {
                int n = count(d);
                for (int i = 0; i < n; i++) resultTypes.add(AttrTypePrinter.typeToString(type(d)));
            }
            if (chance(0.15)) resultTypes.add(AttrTypePrinter.typeToString(pick(types)));
            StringBuilder props = new StringBuilder(), discardable = new StringBuilder();
            for (AttrDef a : def.attributes()) {
                String value;
                if (a.name().equals("operandSegmentSizes") && chance(0.8)) {
                    value = "array<i32" + (segments.isEmpty() ? "" : ": " + String.join(", ",
                        segments.stream().map(String::valueOf).toList())) + ">";
                } else if (!a.isRequired() && chance(0.4)) {
                    continue;
                } else if (chance(0.05)) {
                    continue; // a required one missing
                } else {
                    value = AttrTypePrinter.attributeToString(attribute(a));
                }
                StringBuilder into = chance(0.85) ? props : discardable;
                into.append(into.isEmpty() ? "" : ", ");
                AttrTypePrinter.appendKeywordOrString(into, a.name());
                into.append(" = ").append(value);
            }
            if (chance(0.1)) discardable.append(discardable.isEmpty() ? "" : ", ").append("gen.extra = 1 : i32");
            int nsucc = 0;
            for (SuccessorDef s : def.successors()) nsucc += s.variadic() ? r.nextInt(3) : chance(0.95) ? 1 : 2;
            StringBuilder op = new StringBuilder();
            if (!resultTypes.isEmpty()) op.append("%r").append(resultTypes.size() > 1 ? ":" + resultTypes.size() : "")
                .append(" = ");
            op.append('"').append(def.name()).append("\"(").append(String.join(", ", operands)).append(')');
            if (nsucc > 0) {
                List<String> succ = new ArrayList<>();
                for (int i = 0; i < nsucc; i++) succ.add("^bb" + (1 + r.nextInt(2)));
                op.append('[').append(String.join(", ", succ)).append(']');
            }
            if (!props.isEmpty() || chance(0.05)) op.append(" <{").append(props).append("}>");
            int nregions = 0;
            for (RegionDef d : def.regions()) nregions += d.variadic() ? r.nextInt(3) : 1;
            if (chance(0.08)) nregions = r.nextInt(3);
            if (nregions > 0) {
                op.append(" (");
                for (int i = 0; i < nregions; i++) {
                    if (i > 0) op.append(", ");
                    op.append(region(i < def.regions().size() ? def.regions().get(i) : null));
                }
                op.append(')');
            }
            if (!discardable.isEmpty()) op.append(" {").append(discardable).append('}');
            op.append(" : (").append(String.join(", ", operandTypes)).append(") -> (")
                .append(String.join(", ", resultTypes)).append(')');
            String body = defs + "  " + op + "\n";
            if (nsucc > 0 || chance(0.4)) {
                // inside a CFG region of an unregistered op, so that successors have blocks to go to
                return "\"gen.cfg\"() ({\n" + body + "^bb1:\n  \"gen.t\"() : () -> ()\n^bb2(%s0: i32):\n"
                    + "  \"gen.t\"() : () -> ()\n}) : () -> ()\n";
            }
            return body;
        }

        private String region(RegionDef d) {
            int nblocks = d != null && d.minBlocks() == 1 && d.maxBlocks() == 1 && chance(0.9) ? 1
                : chance(0.2) ? 0 : chance(0.8) ? 1 : 2;
            StringBuilder sb = new StringBuilder("{\n");
            for (int b = 0; b < nblocks; b++) {
                List<String> args = new ArrayList<>();
                List<String> argNames = new ArrayList<>();
                List<String> argTypes = new ArrayList<>();
                for (int i = r.nextInt(3); i > 0; i--) {
                    String n = "%a" + values++;
                    String t = chance(0.5) ? "index" : AttrTypePrinter.typeToString(pick(types));
                    args.add(n + ": " + t);
                    argNames.add(n);
                    argTypes.add(t);
                }
                if (b > 0 || !args.isEmpty()) sb.append("^bb").append(b).append('(').append(String.join(", ", args))
                    .append("):\n");
                if (chance(0.3)) sb.append("    \"gen.inner\"() : () -> ()\n");
                String term = pick(List.of("scf.yield", "func.return", "memref.alloca_scope.return", "scf.condition",
                    "gen.t", "cf.br", "scf.reduce", "scf.in_parallel", ""));
                if (term.equals("cf.br") && nblocks > 1) {
                    sb.append("    \"cf.br\"()[^bb1] : () -> ()\n");
                } else if (term.equals("scf.condition") && !argNames.isEmpty()) {
                    sb.append("    \"scf.condition\"(").append(String.join(", ", argNames)).append(") : (")
                        .append(String.join(", ", argTypes)).append(") -> ()\n");
                } else if (!term.isEmpty() && !term.equals("cf.br") && !term.equals("scf.condition")) {
                    boolean withArgs = chance(0.5);
                    sb.append("    \"").append(term).append("\"(").append(withArgs ? String.join(", ", argNames) : "")
                        .append(") : (").append(withArgs ? String.join(", ", argTypes) : "").append(") -> ()\n");
                }
            }
            return sb.append("  }").toString();
        }
    }

    static String moduleText(long seed) {
        OpText gen = new OpText(seed);
        OpDef def = OPS.get(new Random(seed).nextInt(OPS.size()));
        return "// " + def.name() + "\n" + gen.build(def);
    }

    @Test
    void malformedRegisteredOpsNeverBreakTheTools() {
        TextRoundTripPropertiesTest.theory(500).forAll(Generate.longRange(0, Long.MAX_VALUE / 2)).checkAssert(seed -> {
            String text = moduleText(seed);
            ParserNeverThrowsPropertiesTest.assertParseIsTotal(text, "op seed " + seed);
            ParserNeverThrowsPropertiesTest.assertJOptWellBehaved(text, List.of(), "op seed " + seed);
            ParserNeverThrowsPropertiesTest.assertJOptWellBehaved(text, List.of("--mlir-print-op-generic",
                "--mlir-print-debuginfo"), "op seed " + seed);
        });
    }

    @Test
    void registeredOpsThatVerifyRoundTripInTheCustomForm() {
        AtomicInteger verified = new AtomicInteger();
        List<String> names = new ArrayList<>();
        TextRoundTripPropertiesTest.theory(1500).forAll(Generate.longRange(0, Long.MAX_VALUE / 2)).checkAssert(seed -> {
            String text = moduleText(seed);
            Operation m = Robustness.parse(text, new ArrayList<>());
            if (m == null || !Verifier.verify(m)) return;
            verified.incrementAndGet();
            names.add(text.substring(3, text.indexOf('\n')));
            String what = "op seed " + seed;
            String custom = MlirText.print(m, PrintOptions.DEFAULT);
            String again = reprint(custom, PrintOptions.DEFAULT, what + " custom");
            String diff = firstDifference(custom, again);
            if (diff != null) fail(what + ": custom print-parse-print differs at " + diff + "\n--- input:\n" + text);
            String generic = reprint(custom, PrintOptions.GENERIC, what + " custom->generic");
            String back = reprint(generic, PrintOptions.DEFAULT, what + " generic->custom");
            diff = firstDifference(custom, back);
            if (diff != null) fail(what + ": custom->generic->custom differs at " + diff + "\n--- input:\n" + text);
        });
        System.out.println("RegisteredOpsPropertiesTest: " + verified.get() + " random ops verified and round-tripped, "
            + names.stream().distinct().count() + " distinct of " + OPS.size() + " registered ops");
        // the generator must not be so wrong that nothing verifies
        assertTrue(verified.get() >= 100, () -> "only " + verified.get() + " random ops verified: " + names);
    }
}

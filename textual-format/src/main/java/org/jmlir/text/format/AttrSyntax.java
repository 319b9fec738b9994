package org.jmlir.text.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jmlir.asm.AsmParser;
import org.jmlir.asm.AsmPrinter;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.DialectAttribute;
import org.jmlir.ir.attr.FloatAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.IntegerType.Signedness;
import org.jmlir.ir.type.NoneType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.AttrConstraint;

/**
 * How an attribute variable is spelled, chosen as MLIR's generator chooses from the attribute's ODS class: a hint's
 * spelling, {@code @symbol} for symbol names, the stripped form of a dialect attribute with a stripped parser,
 * {@code [1, 2]} for dense arrays, the bare value when the type is implied ({@code I64Attr}), else the full
 * attribute. What the constraint implies is found by asking its predicate about sample attributes.
 */
abstract class AttrSyntax {
    abstract void print(Attribute a, AsmPrinter p);

    abstract Attribute parse(AsmParser p);

    /** Parses the attribute if it is next, else returns null having consumed nothing. */
    abstract Attribute parseOptional(AsmParser p);

    /** Whether the printed form ends with {@code : type} (so a following {@code `:`} literal is ambiguous). */
    boolean takesTrailingType() { return false; }

    /** Whether the attribute is a unit attribute (an optional group's anchor that is not printed). */
    boolean isUnit() { return false; }

    static AttrSyntax of(Element.AttrVar v, FormatHints hints) {
        String name = v.name();
        AttrConstraint c = v.def().constraint();
        if (hints.attrSpellings.containsKey(name)) return new Spelled(hints.attrSpellings.get(name));
        if (hints.attrTypes.containsKey(name)) return new Implied(hints.attrTypes.get(name));
        if (v.qualified()) return new Full(typed(c));
        boolean string = accepts(c, new StringAttr("x")) && !accepts(c, IntegerAttr.i64(0)) && !accepts(c, UnitAttr.UNIT);
        if (hints.symbolNames.contains(name) || string && name.equals("sym_name")) return new SymbolName();
        if (c.strippedParser() != null) return new Stripped(c.strippedParser());
        if (accepts(c, UnitAttr.UNIT) && !accepts(c, new StringAttr("x")) && !accepts(c, IntegerAttr.i64(0))) {
            return new Unit();
        }
        if (string) return new Str();
        Type arrayElement = impliedArrayElement(c);
        if (arrayElement != null) return new DenseArray(arrayElement);
        Type implied = impliedScalarType(c);
        if (implied != null) return new Implied(implied);
        return new Full(typed(c));
    }

    /** Whether the constraint admits attributes printed with a {@code : type} suffix (integers, floats). */
    private static boolean typed(AttrConstraint c) {
        return accepts(c, IntegerAttr.i64(0)) || accepts(c, IntegerAttr.i32(0)) || accepts(c, IntegerAttr.index(0))
            || accepts(c, FloatAttr.f32(0)) || accepts(c, FloatAttr.f64(0));
    }

    static boolean accepts(AttrConstraint c, Attribute a) {
        try {
            return c.test(a);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static final List<Type> INT_CANDIDATES = List.of(IntegerType.I1, IntegerType.I8, IntegerType.I16,
        IntegerType.I32, IntegerType.I64, IndexType.INDEX, new IntegerType(8, Signedness.SIGNED),
        new IntegerType(16, Signedness.SIGNED), new IntegerType(32, Signedness.SIGNED),
        new IntegerType(64, Signedness.SIGNED), new IntegerType(8, Signedness.UNSIGNED),
        new IntegerType(16, Signedness.UNSIGNED), new IntegerType(32, Signedness.UNSIGNED),
        new IntegerType(64, Signedness.UNSIGNED));
    private static final List<Type> FLOAT_CANDIDATES = List.of(FloatType.F16, FloatType.BF16, FloatType.F32,
        FloatType.F64);
    private static final long[] INT_SAMPLES = {0, 1, 2, 3, 8, 64, -1};
    private static final double[] FLOAT_SAMPLES = {0.0, 1.0, 0.5};

    /** The one integer or float type the constraint admits for scalar attributes, or null. */
    static Type impliedScalarType(AttrConstraint c) {
        if (accepts(c, new StringAttr("x"))) return null;
        List<Type> admitted = new ArrayList<>();
        for (Type t : INT_CANDIDATES) {
            for (long v : INT_SAMPLES) {
                if (accepts(c, IntegerAttr.of(t, v))) {
                    admitted.add(t);
                    break;
                }
            }
        }
        for (Type t : FLOAT_CANDIDATES) {
            for (double v : FLOAT_SAMPLES) {
                if (accepts(c, new FloatAttr(t, v))) {
                    admitted.add(t);
                    break;
                }
            }
        }
        return admitted.size() == 1 ? admitted.get(0) : null;
    }

    private static final List<Type> ARRAY_CANDIDATES = List.of(IntegerType.I1, IntegerType.I8, IntegerType.I16,
        IntegerType.I32, IntegerType.I64, FloatType.F32, FloatType.F64);

    /** The element type of the one dense array kind the constraint admits, or null. */
    static Type impliedArrayElement(AttrConstraint c) {
        if (accepts(c, new StringAttr("x"))) return null;
        Type found = null;
        for (Type t : ARRAY_CANDIDATES) {
            DenseArrayAttr empty = t instanceof FloatType ? DenseArrayAttr.ofDoubles(t) : DenseArrayAttr.ofLongs(t);
            if (accepts(c, empty)) {
                if (found != null) return null;
                found = t;
            }
        }
        return found;
    }

    private static boolean startsLiteral(AsmParser p) {
        String s = p.peekSpelling();
        if (s == null || s.isEmpty()) return false;
        char c = s.charAt(0);
        return c >= '0' && c <= '9' || c == '-' || s.equals("true") || s.equals("false");
    }

    // ---- the spellings

    /** A hint's hand-written spelling. */
    static final class Spelled extends AttrSyntax {
        private final FormatHints.AttrSpelling s;

        Spelled(FormatHints.AttrSpelling s) { this.s = s; }

        void print(Attribute a, AsmPrinter p) { s.printer().accept(a, p); }

        Attribute parse(AsmParser p) {
            Attribute a = s.parser().apply(p);
            if (a == null) throw p.error("expected " + (s.expected() != null ? s.expected() : "attribute"));
            return a;
        }

        Attribute parseOptional(AsmParser p) { return s.parser().apply(p); }
    }

    /** The attribute with its type where MLIR prints one ({@code AnyAttr}, {@code TypedAttr}, qualified). */
    static final class Full extends AttrSyntax {
        private final boolean typed;

        Full(boolean typed) { this.typed = typed; }

        void print(Attribute a, AsmPrinter p) { p.printAttribute(a); }

        Attribute parse(AsmParser p) { return p.parseAttribute(); }

        Attribute parseOptional(AsmParser p) { return p.parseOptionalAttribute(); }

        @Override boolean takesTrailingType() { return typed; }
    }

    static final class SymbolName extends AttrSyntax {
        void print(Attribute a, AsmPrinter p) {
            if (a instanceof StringAttr s) p.printSymbolName(s.value());
            else p.printAttribute(a);
        }

        Attribute parse(AsmParser p) { return new StringAttr(p.parseSymbolName()); }

        Attribute parseOptional(AsmParser p) {
            String s = p.parseOptionalSymbolName();
            return s == null ? null : new StringAttr(s);
        }
    }

    /** A dialect attribute whose kind the op implies: {@code <nsw>} for {@code #arith.overflow<nsw>}. */
    static final class Stripped extends AttrSyntax {
        private final Function<AsmParser, Attribute> parser;

        Stripped(Function<AsmParser, Attribute> parser) { this.parser = parser; }

        void print(Attribute a, AsmPrinter p) {
            if (a instanceof DialectAttribute d) d.printParameters(p);
            else p.printAttribute(a);
        }

        Attribute parse(AsmParser p) {
            Attribute a = parser.apply(p);
            if (a == null) throw p.error("expected attribute");
            return a;
        }

        Attribute parseOptional(AsmParser p) { return p.peek("<") ? parser.apply(p) : null; }
    }

    static final class Unit extends AttrSyntax {
        void print(Attribute a, AsmPrinter p) { p.printAttribute(a); }

        Attribute parse(AsmParser p) { return p.parseAttribute(); }

        Attribute parseOptional(AsmParser p) { return p.parseOptionalKeyword("unit") ? UnitAttr.UNIT : null; }

        @Override boolean isUnit() { return true; }
    }

    static final class Str extends AttrSyntax {
        void print(Attribute a, AsmPrinter p) {
            if (a instanceof StringAttr s && s.type() instanceof NoneType) p.printString(s.value());
            else p.printAttribute(a);
        }

        Attribute parse(AsmParser p) { return new StringAttr(p.parseString()); }

        Attribute parseOptional(AsmParser p) {
            String s = p.parseOptionalString();
            return s == null ? null : new StringAttr(s);
        }
    }

    /** A scalar whose type the constraint implies: printed and parsed without {@code : type}. */
    static final class Implied extends AttrSyntax {
        private final Type type;

        Implied(Type type) { this.type = type; }

        void print(Attribute a, AsmPrinter p) { p.printAttributeWithoutType(a); }

        Attribute parse(AsmParser p) { return p.parseAttribute(type); }

        Attribute parseOptional(AsmParser p) { return startsLiteral(p) ? p.parseAttribute(type) : null; }
    }

    /** A dense array spelled {@code [1, 2]} (MLIR prints DenseI64ArrayAttr & co. stripped). */
    static final class DenseArray extends AttrSyntax {
        private final Type element;

        DenseArray(Type element) { this.element = element; }

        void print(Attribute a, AsmPrinter p) {
            if (!(a instanceof DenseArrayAttr d)) {
                p.printAttribute(a);
                return;
            }
            p.print("[");
            for (int i = 0; i < d.size(); i++) {
                if (i > 0) p.print(", ");
                if (d.ints() == null) p.printFloat(d.floats()[i], d.elementType());
                else if (d.elementType().equals(IntegerType.I1)) p.print(d.ints()[i] != 0 ? "true" : "false");
                else p.print(d.ints()[i]);
            }
            p.print("]");
        }

        Attribute parse(AsmParser p) {
            p.parse("[");
            List<Long> ints = new ArrayList<>();
            List<Double> floats = new ArrayList<>();
            if (!p.parseOptional("]")) {
                do {
                    if (element instanceof FloatType) floats.add(p.parseFloat(element));
                    else if (element.equals(IntegerType.I1)) ints.add(parseBool(p));
                    else ints.add(p.parseInteger().longValue());
                } while (p.parseOptional(","));
                p.parse("]");
            }
            if (element instanceof FloatType) {
                double[] d = new double[floats.size()];
                for (int i = 0; i < d.length; i++) d[i] = floats.get(i);
                return DenseArrayAttr.ofDoubles(element, d);
            }
            long[] l = new long[ints.size()];
            for (int i = 0; i < l.length; i++) l[i] = ints.get(i);
            return DenseArrayAttr.ofLongs(element, l);
        }

        private static long parseBool(AsmParser p) {
            if (p.parseOptionalKeyword("true")) return 1;
            if (p.parseOptionalKeyword("false")) return 0;
            BigInteger v = p.parseInteger();
            return v.signum() != 0 ? 1 : 0;
        }

        Attribute parseOptional(AsmParser p) { return p.peek("[") ? parse(p) : null; }
    }
}

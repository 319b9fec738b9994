package org.jmlir.text;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;
import org.jmlir.asm.AsmPrinter;
import org.jmlir.ir.attr.AffineMapAttr;
import org.jmlir.ir.attr.ArrayAttr;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.CallSiteLoc;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.DenseElementsAttr;
import org.jmlir.ir.attr.DialectAttribute;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.FileLineColLoc;
import org.jmlir.ir.attr.FloatAttr;
import org.jmlir.ir.attr.FusedLoc;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.IntegerSetAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.NameLoc;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.attr.OpaqueAttr;
import org.jmlir.ir.attr.StridedLayoutAttr;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.SymbolRefAttr;
import org.jmlir.ir.attr.TypeAttr;
import org.jmlir.ir.attr.TypedAttribute;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ir.attr.UnknownLoc;
import org.jmlir.ir.type.ComplexType;
import org.jmlir.ir.type.DialectType;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.NoneType;
import org.jmlir.ir.type.OpaqueType;
import org.jmlir.ir.type.RankedTensorType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.TupleType;
import org.jmlir.ir.type.Type;
import org.jmlir.ir.type.UnrankedMemRefType;
import org.jmlir.ir.type.UnrankedTensorType;
import org.jmlir.ir.type.VectorType;

/**
 * Prints types and attributes byte for byte as mlir-opt does (MLIR's AsmPrinter.cpp). An optional alias function
 * ({@code #map}, {@code #loc1}, {@code !tuple} or null) is consulted for every type and attribute before it is printed
 * inline, as mlir-opt consults its alias table; {@link AliasNames} computes mlir-opt's default aliases.
 * Stateless apart from that function, so one instance can serve a whole module.
 */
public final class AttrTypePrinter {
    /** When an attribute's {@code : type} suffix is printed (MLIR's AttrTypeElision). */
    public enum Elision {
        /** Always print it (dictionary values, top-level attributes). */
        NEVER,
        /** Leave out {@code : i64} and {@code : f64} (array elements, memref layouts and memory spaces). */
        MAY,
        /** Never print it ({@code printAttributeWithoutType}). */
        MUST
    }

    private static final AttrTypePrinter PLAIN = new AttrTypePrinter(null);

    private final Function<Object, String> aliasOf;

    public AttrTypePrinter() { this(null); }

    /** {@code aliasOf} maps an attribute or type to its alias name ({@code #map1}) or null; may itself be null. */
    public AttrTypePrinter(Function<Object, String> aliasOf) { this.aliasOf = aliasOf; }

    public static String typeToString(Type t) {
        StringBuilder sb = new StringBuilder();
        PLAIN.printType(sb, t);
        return sb.toString();
    }

    public static String attributeToString(Attribute a) {
        StringBuilder sb = new StringBuilder();
        PLAIN.printAttribute(sb, a);
        return sb.toString();
    }

    private boolean printAlias(StringBuilder sb, Object o) {
        if (aliasOf == null) return false;
        String alias = aliasOf.apply(o);
        if (alias == null) return false;
        sb.append(alias);
        return true;
    }

    // ---- types

    public void printType(StringBuilder sb, Type t) {
        if (!printAlias(sb, t)) printTypeNoAlias(sb, t);
    }

    /** Prints {@code t} inline even if it has an alias (for the alias definition itself). */
    public void printTypeNoAlias(StringBuilder sb, Type t) {
        switch (t) {
            case IntegerType it -> sb.append(it);
            case IndexType i -> sb.append("index");
            case FloatType f -> sb.append(f.kind().keyword());
            case NoneType n -> sb.append("none");
            case ComplexType c -> {
                sb.append("complex<");
                printType(sb, c.elementType());
                sb.append('>');
            }
            case TupleType tt -> {
                sb.append("tuple<");
                printTypes(sb, tt.types());
                sb.append('>');
            }
            case FunctionType f -> {
                sb.append('(');
                printTypes(sb, f.inputs());
                sb.append(") -> ");
                List<Type> results = f.results();
                if (results.size() == 1 && !(results.get(0) instanceof FunctionType)) {
                    printType(sb, results.get(0));
                } else {
                    sb.append('(');
                    printTypes(sb, results);
                    sb.append(')');
                }
            }
            case VectorType v -> {
                sb.append("vector<");
                for (int i = 0; i < v.shape().size(); i++) {
                    boolean scalable = v.scalableDims().get(i);
                    if (scalable) sb.append('[');
                    sb.append(v.shape().get(i));
                    if (scalable) sb.append(']');
                    sb.append('x');
                }
                printType(sb, v.elementType());
                sb.append('>');
            }
            case RankedTensorType r -> {
                sb.append("tensor<");
                printShape(sb, r.shape());
                printType(sb, r.elementType());
                if (r.encoding() != null) {
                    sb.append(", ");
                    printAttribute(sb, r.encoding());
                }
                sb.append('>');
            }
            case UnrankedTensorType u -> {
                sb.append("tensor<*x");
                printType(sb, u.elementType());
                sb.append('>');
            }
            case MemRefType m -> {
                sb.append("memref<");
                printShape(sb, m.shape());
                printType(sb, m.elementType());
                if (m.layout() != null && !(m.layout() instanceof AffineMapAttr am && TypeParser.isIdentityLayout(am.value()))) {
                    sb.append(", ");
                    printAttribute(sb, m.layout(), Elision.MAY);
                }
                printMemorySpace(sb, m.memorySpace());
                sb.append('>');
            }
            case UnrankedMemRefType u -> {
                sb.append("memref<*x");
                printType(sb, u.elementType());
                printMemorySpace(sb, u.memorySpace());
                sb.append('>');
            }
            case OpaqueType o -> printDialectSymbol(sb, "!", o.dialectNamespace(), o.data());
            case DialectType d -> {
                StringBuilder body = new StringBuilder(d.mnemonic());
                d.printParameters(asmPrinter(body));
                printDialectSymbol(sb, "!", d.dialectNamespace(), body.toString());
            }
            default -> sb.append(t);
        }
    }

    private void printMemorySpace(StringBuilder sb, Attribute ms) {
        ms = TypeParser.skipDefaultMemorySpace(ms);
        if (ms == null) return;
        sb.append(", ");
        printAttribute(sb, ms, Elision.MAY);
    }

    private static void printShape(StringBuilder sb, List<Long> shape) {
        for (long d : shape) {
            if (d == ShapedType.DYNAMIC) sb.append('?');
            else sb.append(d);
            sb.append('x');
        }
    }

    /** Comma-separated types. */
    public void printTypes(StringBuilder sb, List<? extends Type> types) {
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) sb.append(", ");
            printType(sb, types.get(i));
        }
    }

    /**
     * {@code !dialect.body} when the body is an identifier optionally followed by {@code <...>}, else
     * {@code !dialect<body>} (MLIR's isDialectSymbolSimpleEnoughForPrettyForm).
     */
    public static void printDialectSymbol(StringBuilder sb, String prefix, String dialect, String body) {
        sb.append(prefix).append(dialect);
        if (isSimpleEnoughForPrettyForm(body)) sb.append('.').append(body);
        else sb.append('<').append(body).append('>');
    }

    static boolean isSimpleEnoughForPrettyForm(String s) {
        if (s.isEmpty() || !Lexer.isLetter(s.charAt(0))) return false;
        int i = 1;
        while (i < s.length() && (Lexer.isLetter(s.charAt(i)) || Lexer.isDigit(s.charAt(i)) || s.charAt(i) == '.'
            || s.charAt(i) == '_')) {
            i++;
        }
        if (i == s.length()) return true;
        return s.charAt(i) == '<' && s.charAt(s.length() - 1) == '>';
    }

    // ---- attributes

    /** Prints an attribute with its type suffix ({@code 1 : i32}), as dictionary values are printed. */
    public void printAttribute(StringBuilder sb, Attribute a) { printAttribute(sb, a, Elision.NEVER); }

    /** Prints an attribute without its type ({@code 1} for {@code 1 : i32}). */
    public void printAttributeWithoutType(StringBuilder sb, Attribute a) { printAttribute(sb, a, Elision.MUST); }

    public void printAttribute(StringBuilder sb, Attribute a, Elision elision) {
        if (!printAlias(sb, a)) printAttributeNoAlias(sb, a, elision);
    }

    /** Prints {@code a} inline even if it has an alias (for the alias definition itself). */
    public void printAttributeNoAlias(StringBuilder sb, Attribute a) { printAttributeNoAlias(sb, a, Elision.NEVER); }

    public void printAttributeNoAlias(StringBuilder sb, Attribute a, Elision elision) {
        switch (a) {
            case UnitAttr u -> {
                sb.append("unit");
                return;
            }
            case DictionaryAttr d -> printDictionary(sb, d.entries());
            case IntegerAttr i -> {
                Type t = i.type();
                if (t instanceof IntegerType it && it.isSignless() && it.width() == 1) {
                    sb.append(i.value().signum() != 0 ? "true" : "false");
                    return;
                }
                sb.append(normalizedInt(t, i.value()));
                if (elision == Elision.MAY && t.equals(IntegerType.I64)) return;
            }
            case FloatAttr f -> {
                boolean hex = printFloat(sb, f.value(), f.type());
                if (elision == Elision.MAY && f.type().equals(FloatType.F64) && !hex) return;
            }
            case StringAttr s -> appendEscaped(sb, s.value());
            case ArrayAttr arr -> {
                sb.append('[');
                for (int k = 0; k < arr.size(); k++) {
                    if (k > 0) sb.append(", ");
                    printAttribute(sb, arr.get(k), Elision.MAY);
                }
                sb.append(']');
            }
            case AffineMapAttr m -> {
                sb.append("affine_map<");
                AffinePrinter.printMap(sb, m.value());
                sb.append('>');
                return;
            }
            case IntegerSetAttr s -> {
                sb.append("affine_set<");
                AffinePrinter.printSet(sb, s.value());
                sb.append('>');
                return;
            }
            case TypeAttr t -> printType(sb, t.value());
            case SymbolRefAttr r -> {
                appendSymbolName(sb, r.rootReference());
                for (String n : r.nestedReferences()) {
                    sb.append("::");
                    appendSymbolName(sb, n);
                }
            }
            case DenseElementsAttr d -> {
                sb.append("dense<");
                new DensePrinter(this).print(sb, d);
                sb.append('>');
            }
            case DenseArrayAttr d -> {
                sb.append("array<");
                printType(sb, d.elementType());
                if (d.size() > 0) {
                    sb.append(": ");
                    new DensePrinter(this).printArrayElements(sb, d);
                }
                sb.append('>');
                return;
            }
            case StridedLayoutAttr s -> printStrided(sb, s);
            case Location l -> {
                sb.append("loc(");
                printLocationBody(sb, l);
                sb.append(')');
            }
            case OpaqueAttr o -> printDialectSymbol(sb, "#", o.dialectNamespace(), o.data());
            case DialectAttribute d -> {
                StringBuilder body = new StringBuilder(d.mnemonic());
                d.printParameters(asmPrinter(body));
                printDialectSymbol(sb, "#", d.dialectNamespace(), body.toString());
            }
            default -> sb.append(a);
        }
        if (elision != Elision.MUST && a instanceof TypedAttribute ta && !(ta.type() instanceof NoneType)) {
            sb.append(" : ");
            printType(sb, ta.type());
        }
    }

    /** The printed value of an integer of type {@code t}: two's complement of the type's width, unsigned if ui. */
    static String normalizedInt(Type t, BigInteger v) {
        int width = AttributeParser.intWidth(t);
        boolean unsigned = t instanceof IntegerType it && it.isUnsigned();
        if (width == 0) return "0";
        BigInteger modulus = BigInteger.ONE.shiftLeft(width);
        BigInteger bits = v.mod(modulus);
        if (!unsigned && bits.testBit(width - 1)) bits = bits.subtract(modulus);
        return bits.toString();
    }

    /** Prints a float as a value of {@code type} (f64 if not a float type); returns true if hex was used. */
    public boolean printFloat(StringBuilder sb, double value, Type type) {
        return FloatPrinter.print(sb, value, type instanceof FloatType ft ? ft.kind() : FloatType.F64.kind());
    }

    private static void printStrided(StringBuilder sb, StridedLayoutAttr s) {
        sb.append("strided<[");
        for (int i = 0; i < s.strides().size(); i++) {
            if (i > 0) sb.append(", ");
            appendDim(sb, s.strides().get(i));
        }
        sb.append(']');
        if (s.offset() != 0) {
            sb.append(", offset: ");
            appendDim(sb, s.offset());
        }
        sb.append('>');
    }

    private static void appendDim(StringBuilder sb, long v) {
        if (v == ShapedType.DYNAMIC) sb.append('?');
        else sb.append(v);
    }

    /** {@code {a, b = 1 : i64}} (entries in the given order). */
    public void printDictionary(StringBuilder sb, List<NamedAttribute> entries) {
        sb.append('{');
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) sb.append(", ");
            printNamedAttribute(sb, entries.get(i));
        }
        sb.append('}');
    }

    /** {@code name = value}, or just {@code name} for a unit value; the name quoted when not an identifier. */
    public void printNamedAttribute(StringBuilder sb, NamedAttribute e) {
        appendKeywordOrString(sb, e.name());
        if (e.value() instanceof UnitAttr) return;
        sb.append(" = ");
        printAttribute(sb, e.value());
    }

    // ---- locations

    /** {@code loc(...)}, or the location's alias. */
    public void printLocation(StringBuilder sb, Location loc) { printAttribute(sb, loc); }

    /** What goes inside {@code loc(...)}; nested locations print as their aliases when they have one. */
    public void printLocationBody(StringBuilder sb, Location loc) {
        switch (loc) {
            case UnknownLoc u -> sb.append("unknown");
            case FileLineColLoc f -> {
                // mlir-opt 22 spells an empty file name "-" in a plain file:line:col (not in a range)
                appendEscaped(sb, f.file().isEmpty() && !f.isRange() ? "-" : f.file());
                sb.append(':').append(Integer.toUnsignedString(f.line())).append(':')
                    .append(Integer.toUnsignedString(f.column()));
                if (f.endLine() == f.line() && f.endColumn() == f.column()) return;
                sb.append(" to ");
                if (f.endLine() != f.line()) sb.append(Integer.toUnsignedString(f.endLine()));
                sb.append(':').append(Integer.toUnsignedString(f.endColumn()));
            }
            case NameLoc n -> {
                appendEscaped(sb, n.name());
                if (!(n.child() instanceof UnknownLoc)) {
                    sb.append('(');
                    printNestedLocation(sb, n.child());
                    sb.append(')');
                }
            }
            case CallSiteLoc c -> {
                sb.append("callsite(");
                printNestedLocation(sb, c.callee());
                sb.append(" at ");
                printNestedLocation(sb, c.caller());
                sb.append(')');
            }
            case FusedLoc f -> {
                sb.append("fused");
                if (f.metadata() != null) {
                    sb.append('<');
                    printAttribute(sb, f.metadata());
                    sb.append('>');
                }
                sb.append('[');
                for (int i = 0; i < f.locations().size(); i++) {
                    if (i > 0) sb.append(", ");
                    printNestedLocation(sb, f.locations().get(i));
                }
                sb.append(']');
            }
        }
    }

    private void printNestedLocation(StringBuilder sb, Location loc) {
        if (!printAlias(sb, loc)) printLocationBody(sb, loc);
    }

    // ---- strings and names

    /** Appends {@code "s"} with MLIR's escapes: {@code \\}, and {@code \XX} for quotes and non-printable bytes. */
    public static void appendEscaped(StringBuilder sb, String s) {
        sb.append('"');
        appendEscapedBody(sb, s);
        sb.append('"');
    }

    /**
     * Appends the escaped UTF-8 bytes of {@code s} without quotes. Lone surrogates U+DC80..U+DCFF stand for raw
     * bytes that were not valid UTF-8 (see {@link Lexer#decodeString}) and print back as those bytes.
     */
    public static void appendEscapedBody(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                appendByte(sb, cp);
            } else if (cp >= 0xDC80 && cp <= 0xDCFF) {
                appendByte(sb, cp - 0xDC00);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    appendByte(sb, b & 0xFF);
                }
            }
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static void appendByte(StringBuilder sb, int b) {
        if (b == '\\') sb.append("\\\\");
        else if (b >= 0x20 && b < 0x7F && b != '"') sb.append((char) b);
        else sb.append('\\').append(HEX[b >> 4]).append(HEX[b & 15]);
    }

    /** MLIR's bare identifier: a letter or {@code _}, then letters, digits, {@code _ $ .}. */
    public static boolean isBareIdentifier(String s) {
        if (s.isEmpty() || !(Lexer.isLetter(s.charAt(0)) || s.charAt(0) == '_')) return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Lexer.isLetter(c) || Lexer.isDigit(c) || c == '_' || c == '$' || c == '.')) return false;
        }
        return true;
    }

    public static void appendKeywordOrString(StringBuilder sb, String s) {
        if (isBareIdentifier(s)) sb.append(s);
        else appendEscaped(sb, s);
    }

    /** {@code @name}, quoted when not a bare identifier. */
    public static void appendSymbolName(StringBuilder sb, String name) {
        if (name.isEmpty()) {
            sb.append("@<<INVALID EMPTY SYMBOL>>"); // what mlir-opt prints for @""
            return;
        }
        sb.append('@');
        appendKeywordOrString(sb, name);
    }

    // ---- the AsmPrinter view for dialect printParameters hooks

    /** An {@link AsmPrinter} that appends to {@code sb} with this printer's aliases. */
    public AsmPrinter asmPrinter(StringBuilder sb) {
        return new AsmPrinter() {
            @Override public AsmPrinter print(String text) { sb.append(text); return this; }

            @Override public AsmPrinter print(long value) { sb.append(value); return this; }

            @Override public AsmPrinter printType(Type type) { AttrTypePrinter.this.printType(sb, type); return this; }

            @Override public AsmPrinter printAttribute(Attribute attr) {
                AttrTypePrinter.this.printAttribute(sb, attr);
                return this;
            }

            @Override public AsmPrinter printAttributeWithoutType(Attribute attr) {
                AttrTypePrinter.this.printAttributeWithoutType(sb, attr);
                return this;
            }

            @Override public AsmPrinter printKeywordOrString(String s) { appendKeywordOrString(sb, s); return this; }

            @Override public AsmPrinter printString(String s) { appendEscaped(sb, s); return this; }

            @Override public AsmPrinter printSymbolName(String name) { appendSymbolName(sb, name); return this; }

            @Override public AsmPrinter printFloat(double value, Type type) {
                AttrTypePrinter.this.printFloat(sb, value, type);
                return this;
            }
        };
    }
}

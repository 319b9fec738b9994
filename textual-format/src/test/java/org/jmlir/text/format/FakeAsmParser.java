package org.jmlir.text.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.ParseException;
import org.jmlir.ir.Block;
import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.ArrayAttr;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.FloatAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.SymbolRefAttr;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ir.type.FloatKind;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.NoneType;
import org.jmlir.ir.type.RankedTensorType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;
import org.jmlir.ir.type.VectorType;

/**
 * Test double of the op parser over a string: enough of MLIR's lexical rules for the formats under test. Values
 * come from a name table and resolving checks their types; regions are {@code {op.a; op.b}} (names of ops to
 * create in one block), successors {@code ^name} from a block table.
 */
final class FakeAsmParser implements OpAsmParser {
    private final Context ctx;
    private final String src;
    private final Map<String, Value> values;
    private final Map<String, Block> blocks;
    private int pos;

    FakeAsmParser(Context ctx, String src, Map<String, Value> values, Map<String, Block> blocks) {
        this.ctx = ctx;
        this.src = src;
        this.values = values;
        this.blocks = blocks;
    }

    boolean atEnd() {
        skipWs();
        return pos >= src.length();
    }

    int position() { return pos; }

    private void skipWs() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
    }

    private boolean isIdentStart(char c) { return Character.isLetter(c) || c == '_'; }

    private boolean isIdentChar(char c) { return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.'; }

    private String peekIdent() {
        skipWs();
        if (pos >= src.length() || !isIdentStart(src.charAt(pos))) return null;
        int e = pos;
        while (e < src.length() && isIdentChar(src.charAt(e))) e++;
        return src.substring(pos, e);
    }

    @Override public Context context() { return ctx; }

    @Override public Location currentLocation() { return Location.UNKNOWN; }

    @Override
    public ParseException error(String message) {
        return new ParseException(message + " at offset " + pos + " in '" + src + "'");
    }

    @Override public ParseException errorAt(Location loc, String message) { return error(message); }

    @Override
    public void parse(String punctuation) {
        if (!parseOptional(punctuation)) throw error("expected '" + punctuation + "'");
    }

    @Override
    public boolean parseOptional(String punctuation) {
        skipWs();
        if (!src.startsWith(punctuation, pos)) return false;
        if (punctuation.equals("-") && src.startsWith("->", pos)) return false;
        pos += punctuation.length();
        return true;
    }

    @Override
    public void parseKeyword(String keyword) {
        if (!parseOptionalKeyword(keyword)) throw error("expected '" + keyword + "'");
    }

    @Override
    public boolean parseOptionalKeyword(String keyword) {
        String id = peekIdent();
        if (!keyword.equals(id)) return false;
        pos += id.length();
        return true;
    }

    @Override
    public String parseOptionalKeyword() {
        String id = peekIdent();
        if (id != null) pos += id.length();
        return id;
    }

    @Override
    public String parseKeyword() {
        String id = parseOptionalKeyword();
        if (id == null) throw error("expected keyword");
        return id;
    }

    @Override
    public String parseKeywordOrString() {
        String s = parseOptionalString();
        return s != null ? s : parseKeyword();
    }

    @Override
    public String parseString() {
        String s = parseOptionalString();
        if (s == null) throw error("expected string");
        return s;
    }

    @Override
    public String parseOptionalString() {
        skipWs();
        if (pos >= src.length() || src.charAt(pos) != '"') return null;
        int e = src.indexOf('"', pos + 1);
        String s = src.substring(pos + 1, e);
        pos = e + 1;
        return s;
    }

    @Override
    public BigInteger parseInteger() {
        BigInteger v = parseOptionalInteger();
        if (v == null) throw error("expected integer");
        return v;
    }

    @Override
    public BigInteger parseOptionalInteger() {
        skipWs();
        int s = pos;
        if (s < src.length() && src.charAt(s) == '-') s++;
        int e = s;
        while (e < src.length() && Character.isDigit(src.charAt(e))) e++;
        if (e == s || e < src.length() && src.charAt(e) == '.') return null;
        BigInteger v = new BigInteger(src.substring(pos, e));
        pos = e;
        return v;
    }

    @Override
    public double parseFloat(Type type) {
        skipWs();
        int e = pos;
        while (e < src.length() && (Character.isDigit(src.charAt(e)) || "-+.eE".indexOf(src.charAt(e)) >= 0)) e++;
        double d = Double.parseDouble(src.substring(pos, e));
        pos = e;
        return d;
    }

    @Override
    public Type parseType() {
        Type t = parseOptionalType();
        if (t == null) throw error("expected type");
        return t;
    }

    @Override
    public Type parseOptionalType() {
        skipWs();
        if (pos < src.length() && src.charAt(pos) == '(') {
            parse("(");
            List<Type> ins = new ArrayList<>();
            if (!parseOptional(")")) {
                do ins.add(parseType()); while (parseOptional(","));
                parse(")");
            }
            parse("->");
            List<Type> outs = new ArrayList<>();
            if (parseOptional("(")) {
                if (!parseOptional(")")) {
                    do outs.add(parseType()); while (parseOptional(","));
                    parse(")");
                }
            } else {
                outs.add(parseType());
            }
            return new FunctionType(ins, outs);
        }
        String id = peekIdent();
        if (id == null) return null;
        for (String kind : List.of("vector", "tensor", "memref")) {
            if (id.equals(kind)) {
                pos += id.length();
                parse("<");
                List<Long> shape = new ArrayList<>();
                while (true) {
                    skipWs();
                    char c = src.charAt(pos);
                    int e = pos;
                    if (c == '?') e++;
                    else while (Character.isDigit(src.charAt(e))) e++;
                    if (e == pos || src.charAt(e) != 'x') break;
                    shape.add(c == '?' ? ShapedType.DYNAMIC : Long.parseLong(src.substring(pos, e)));
                    pos = e + 1;
                }
                Type elt = parseType();
                parse(">");
                return switch (kind) {
                    case "vector" -> new VectorType(shape, elt);
                    case "tensor" -> new RankedTensorType(shape, elt);
                    default -> new MemRefType(shape, elt);
                };
            }
        }
        Type t = scalar(id);
        if (t != null) pos += id.length();
        return t;
    }

    private static Type scalar(String id) {
        if (id.equals("index")) return IndexType.INDEX;
        if (id.equals("none")) return NoneType.NONE;
        if (id.matches("i[0-9]+")) return IntegerType.signless(Integer.parseInt(id.substring(1)));
        if (id.matches("si[0-9]+")) return new IntegerType(Integer.parseInt(id.substring(2)), IntegerType.Signedness.SIGNED);
        if (id.matches("ui[0-9]+")) return new IntegerType(Integer.parseInt(id.substring(2)), IntegerType.Signedness.UNSIGNED);
        FloatKind k = FloatKind.fromKeyword(id);
        return k == null ? null : new FloatType(k);
    }

    @Override
    public Type parseColonType() {
        parse(":");
        return parseType();
    }

    @Override
    public List<Type> parseColonTypeList() {
        parse(":");
        return parseTypeList();
    }

    @Override
    public List<Type> parseTypeList() {
        List<Type> out = new ArrayList<>();
        do out.add(parseType()); while (parseOptional(","));
        return out;
    }

    @Override
    public List<Type> parseOptionalArrowTypeList() {
        if (!parseOptional("->")) return List.of();
        if (parseOptional("(")) {
            List<Type> out = parseTypeList();
            parse(")");
            return out;
        }
        return List.of(parseType());
    }

    @Override
    public FunctionType parseFunctionType() {
        Type t = parseType();
        if (t instanceof FunctionType f) return f;
        throw error("expected function type");
    }

    @Override
    public Attribute parseAttribute() {
        Attribute a = parseOptionalAttribute();
        if (a == null) throw error("expected attribute");
        return a;
    }

    @Override
    public Attribute parseAttribute(Type type) {
        skipWs();
        if (parseOptionalKeyword("true")) return IntegerAttr.TRUE;
        if (parseOptionalKeyword("false")) return IntegerAttr.FALSE;
        if (type instanceof FloatType) return new FloatAttr(type, parseFloat(type));
        BigInteger v = parseOptionalInteger();
        if (v != null) return new IntegerAttr(type, v);
        return parseAttribute();
    }

    @Override
    public Attribute parseOptionalAttribute() {
        skipWs();
        if (pos >= src.length()) return null;
        char c = src.charAt(pos);
        if (c == '"') return new StringAttr(parseString());
        if (c == '@') return SymbolRefAttr.flat(parseSymbolName());
        if (c == '[') {
            parse("[");
            List<Attribute> els = new ArrayList<>();
            if (!parseOptional("]")) {
                do els.add(parseAttribute()); while (parseOptional(","));
                parse("]");
            }
            return new ArrayAttr(els);
        }
        if (parseOptionalKeyword("unit")) return UnitAttr.UNIT;
        if (parseOptionalKeyword("true")) return IntegerAttr.TRUE;
        if (parseOptionalKeyword("false")) return IntegerAttr.FALSE;
        BigInteger v = parseOptionalInteger();
        if (v != null) {
            Type t = parseOptional(":") ? parseType() : IntegerType.I64;
            return new IntegerAttr(t, v);
        }
        Type t = parseOptionalType();
        return t == null ? null : new org.jmlir.ir.attr.TypeAttr(t);
    }

    @Override
    public List<NamedAttribute> parseOptionalAttrDict() {
        List<NamedAttribute> out = new ArrayList<>();
        if (!parseOptional("{")) return out;
        if (parseOptional("}")) return out;
        do {
            String name = parseKeyword();
            out.add(new NamedAttribute(name, parseOptional("=") ? parseAttribute() : UnitAttr.UNIT));
        } while (parseOptional(","));
        parse("}");
        return out;
    }

    @Override
    public List<NamedAttribute> parseOptionalAttrDictWithKeyword() {
        if (!parseOptionalKeyword("attributes")) return List.of();
        return parseOptionalAttrDict();
    }

    @Override
    public String parseSymbolName() {
        String s = parseOptionalSymbolName();
        if (s == null) throw error("expected symbol name");
        return s;
    }

    @Override
    public String parseOptionalSymbolName() {
        skipWs();
        if (pos >= src.length() || src.charAt(pos) != '@') return null;
        pos++;
        String id = peekIdent();
        pos += id.length();
        return id;
    }

    @Override
    public List<Long> parseDimensionList(boolean allowDynamic, boolean withTrailingX) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean peek(String tokenSpelling) {
        skipWs();
        return src.startsWith(tokenSpelling, pos);
    }

    @Override
    public String peekSpelling() {
        skipWs();
        if (pos >= src.length()) return "";
        String id = peekIdent();
        if (id != null) return id;
        int e = pos;
        char c = src.charAt(pos);
        if (c == '-' || Character.isDigit(c)) {
            e++;
            while (e < src.length() && Character.isDigit(src.charAt(e))) e++;
            return src.substring(pos, e);
        }
        return String.valueOf(c);
    }

    // ---- OpAsmParser

    @Override
    public UnresolvedOperand parseOperand() {
        UnresolvedOperand u = parseOptionalOperand();
        if (u == null) throw error("expected SSA operand");
        return u;
    }

    @Override
    public UnresolvedOperand parseOptionalOperand() {
        skipWs();
        if (pos >= src.length() || src.charAt(pos) != '%') return null;
        int e = pos + 1;
        while (e < src.length() && (Character.isLetterOrDigit(src.charAt(e)) || src.charAt(e) == '_')) e++;
        String name = src.substring(pos, e);
        pos = e;
        return new UnresolvedOperand(name, 0, Location.UNKNOWN);
    }

    @Override
    public List<UnresolvedOperand> parseOperandList(Delimiter delimiter) {
        throw new UnsupportedOperationException("the format parser reads operand lists itself");
    }

    @Override
    public Value resolveOperand(UnresolvedOperand operand, Type type) {
        Value v = values.get(operand.name());
        if (v == null) throw error("use of undeclared SSA value name " + operand.name());
        if (!v.type().equals(type)) {
            throw error("use of value '" + operand.name() + "' expects different type than prior uses: '"
                + FakeTypes.print(type) + "' vs '" + FakeTypes.print(v.type()) + "'");
        }
        return v;
    }

    @Override
    public List<Value> resolveOperands(List<UnresolvedOperand> operands, List<Type> types) {
        if (operands.size() != types.size()) throw error(operands.size() + " operands vs " + types.size() + " types");
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < operands.size(); i++) out.add(resolveOperand(operands.get(i), types.get(i)));
        return out;
    }

    @Override public Argument parseArgument(boolean allowType, boolean allowAttrs) { throw new UnsupportedOperationException(); }

    @Override public Argument parseOptionalArgument(boolean allowType) { throw new UnsupportedOperationException(); }

    @Override
    public List<Argument> parseArgumentList(Delimiter delimiter, boolean allowType) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void parseRegion(Region region, List<Argument> arguments) {
        if (!parseOptionalRegion(region, arguments)) throw error("expected '{' to begin a region");
    }

    @Override
    public boolean parseOptionalRegion(Region region, List<Argument> arguments) {
        if (!parseOptional("{")) return false;
        if (parseOptional("}")) return true;
        Block b = new Block();
        region.addBlock(b);
        do {
            String name = parseKeyword();
            b.append(Operation.create(new OperationState(ctx.operationName(name), Location.UNKNOWN)));
        } while (parseOptional(";"));
        parse("}");
        return true;
    }

    @Override
    public Block parseSuccessor() {
        Block b = parseOptionalSuccessor();
        if (b == null) throw error("expected block name");
        return b;
    }

    @Override
    public Block parseOptionalSuccessor() {
        skipWs();
        if (pos >= src.length() || src.charAt(pos) != '^') return null;
        int e = pos + 1;
        while (e < src.length() && (Character.isLetterOrDigit(src.charAt(e)) || src.charAt(e) == '_')) e++;
        String name = src.substring(pos, e);
        pos = e;
        Block b = blocks.get(name);
        if (b == null) throw error("unknown block " + name);
        return b;
    }

    @Override
    public Block parseSuccessorAndUseList(List<Value> operands) { throw new UnsupportedOperationException(); }

    @Override public Location parseOptionalLocationSpecifier() { return null; }

    @Override public int numResults() { return -1; }
}

package org.jmlir.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jmlir.asm.AsmPrinter;
import org.jmlir.ir.attr.AffineMapAttr;
import org.jmlir.ir.attr.ArrayAttr;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.CallSiteLoc;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.DialectAttribute;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.FloatAttr;
import org.jmlir.ir.attr.FusedLoc;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.IntegerSetAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.NameLoc;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.TypeAttr;
import org.jmlir.ir.attr.TypedAttribute;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ir.attr.UnknownLoc;
import org.jmlir.ir.type.ComplexType;
import org.jmlir.ir.type.DialectType;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.NoneType;
import org.jmlir.ir.type.RankedTensorType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.TupleType;
import org.jmlir.ir.type.Type;
import org.jmlir.ir.type.UnrankedMemRefType;

/**
 * mlir-opt's default alias names ({@code #map}, {@code #map1}, {@code #set}, {@code #loc3}, {@code !tuple}) and
 * the order of their definitions, computed as MLIR's AliasInitializer does:
 * <ol>
 * <li>values are visited in printing order (for each op: its location when debug info is printed, its regions, its
 * operand types, result types, then attributes), each value before the values nested in it;</li>
 * <li>a value's alias depth is 1 if it has an alias (0 if not), raised to one more than the deepest nested alias;</li>
 * <li>aliases are sorted, stably, by depth, then types before attributes, then by name; each name is numbered in
 * that order ({@code map}, {@code map1}, ...);</li>
 * <li>a value reached only from op locations can be deferred: its definition prints after the module.</li>
 * </ol>
 * Builtin aliases: affine maps {@code map}, integer sets {@code set}, locations {@code loc}, tuples of more than 16
 * types {@code tuple}. A dialect may suggest names through the optional function given to the builder.
 */
public final class AliasNames {
    private final Map<Object, String> names;
    private final List<Object> order;
    private final Map<Object, Boolean> deferred;

    private AliasNames(Map<Object, String> names, List<Object> order, Map<Object, Boolean> deferred) {
        this.names = names;
        this.order = order;
        this.deferred = deferred;
    }

    /** Aliases for attributes/types used (non-deferrably) in this order. */
    public static AliasNames of(List<?> valuesInFirstUseOrder) {
        Builder b = new Builder();
        for (Object o : valuesInFirstUseOrder) b.visit(o, false);
        return b.build();
    }

    /** The alias of {@code attrOrType} ({@code #map1}, {@code !tuple}), or null. */
    public String nameOf(Object attrOrType) { return names.get(attrOrType); }

    /** {@link #nameOf} as a function, to give to {@link AttrTypePrinter}. */
    public Function<Object, String> lookup() { return names::get; }

    public boolean isEmpty() { return order.isEmpty(); }

    /** The aliased values in definition order: the leading ones, or the deferred ones printed after the module. */
    public List<Object> definitionOrder(boolean deferredOnes) {
        List<Object> out = new ArrayList<>();
        for (Object o : order) if (deferred.get(o) == deferredOnes) out.add(o);
        return out;
    }

    /** The definition lines ({@code #map = affine_map<(d0) -> (d0)>}), without newlines. */
    public List<String> definitionLines(boolean deferredOnes) {
        AttrTypePrinter printer = new AttrTypePrinter(lookup());
        List<String> out = new ArrayList<>();
        for (Object o : definitionOrder(deferredOnes)) {
            StringBuilder sb = new StringBuilder(names.get(o)).append(" = ");
            if (o instanceof Type t) printer.printTypeNoAlias(sb, t);
            else printer.printAttributeNoAlias(sb, (Attribute) o);
            out.add(sb.toString());
        }
        return out;
    }

    /** Appends the definition lines, each followed by a newline. */
    public void printDefinitions(StringBuilder sb, boolean deferredOnes) {
        for (String line : definitionLines(deferredOnes)) sb.append(line).append('\n');
    }

    /** The builtin alias prefix of a value, or null. */
    static String builtinAlias(Object o) {
        if (o instanceof AffineMapAttr) return "map";
        if (o instanceof IntegerSetAttr) return "set";
        if (o instanceof Location) return "loc";
        if (o instanceof TupleType t && t.types().size() > 16) return "tuple";
        return null;
    }

    /** Collects values in printing order; see the class comment. */
    public static final class Builder {
        private static final class Info {
            final String alias;
            final boolean isType;
            int depth;
            boolean canBeDeferred;
            final List<Object> children = new ArrayList<>();

            Info(String alias, boolean isType, boolean canBeDeferred) {
                this.alias = alias;
                this.isType = isType;
                this.depth = alias != null ? 1 : 0;
                this.canBeDeferred = canBeDeferred;
            }
        }

        private final Map<Object, Info> visited = new LinkedHashMap<>();
        private final Function<Object, String> dialectAlias;

        public Builder() { this(null); }

        /** {@code dialectAlias} suggests alias names for dialect types and attributes (null: none). */
        public Builder(Function<Object, String> dialectAlias) { this.dialectAlias = dialectAlias; }

        public Builder visitType(Type t) {
            visit(t, false);
            return this;
        }

        public Builder visitAttribute(Attribute a) {
            visit(a, false);
            return this;
        }

        /** An op's location is deferrable; a block argument's is not. */
        public Builder visitLocation(Location l, boolean canBeDeferred) {
            visit(l, canBeDeferred);
            return this;
        }

        /** Visits a type or attribute; returns its alias depth. */
        public int visit(Object value, boolean canBeDeferred) { return visit(value, canBeDeferred, false); }

        int visit(Object value, boolean canBeDeferred, boolean elideType) {
            Info existing = visited.get(value);
            if (existing != null) {
                if (!canBeDeferred) markNonDeferrable(existing);
                return existing.depth;
            }
            String alias = builtinAlias(value);
            if (alias == null && dialectAlias != null
                && (value instanceof DialectAttribute || value instanceof DialectType)) {
                alias = dialectAlias.apply(value);
                if (alias != null) alias = sanitize(alias);
            }
            Info info = new Info(alias, value instanceof Type, canBeDeferred);
            visited.put(value, info);
            int maxChild = 0;
            for (Object[] child : children(value, elideType)) {
                int d = visit(child[0], canBeDeferred, (Boolean) child[1]);
                info.children.add(child[0]);
                maxChild = Math.max(maxChild, d);
            }
            if (maxChild > 0) info.depth = maxChild + 1;
            return info.depth;
        }

        private void markNonDeferrable(Info info) {
            if (!info.canBeDeferred) return;
            info.canBeDeferred = false;
            for (Object c : info.children) markNonDeferrable(visited.get(c));
        }

        /** The nested values mlir-opt's alias printer visits, in order, each with its elide-type flag. */
        private List<Object[]> children(Object value, boolean elideType) {
            List<Object[]> out = new ArrayList<>();
            switch (value) {
                case Type t -> typeChildren(t, out);
                case Attribute a -> attrChildren(a, elideType, out);
                default -> { }
            }
            return out;
        }

        private static void add(List<Object[]> out, Object o) {
            if (o != null) out.add(new Object[] {o, false});
        }

        private void typeChildren(Type t, List<Object[]> out) {
            switch (t) {
                case MemRefType m -> {
                    add(out, m.elementType());
                    if (m.layout() != null && !(m.layout() instanceof AffineMapAttr am && TypeParser.isIdentityLayout(am.value()))) {
                        add(out, m.layout());
                    }
                    add(out, TypeParser.skipDefaultMemorySpace(m.memorySpace()));
                }
                case UnrankedMemRefType m -> {
                    add(out, m.elementType());
                    add(out, TypeParser.skipDefaultMemorySpace(m.memorySpace()));
                }
                case RankedTensorType r -> {
                    add(out, r.elementType());
                    add(out, r.encoding());
                }
                case ShapedType s -> add(out, s.elementType());
                case ComplexType c -> add(out, c.elementType());
                case TupleType tt -> tt.types().forEach(x -> add(out, x));
                case FunctionType f -> {
                    f.inputs().forEach(x -> add(out, x));
                    f.results().forEach(x -> add(out, x));
                }
                case DialectType d -> d.printParameters(recorder(out));
                default -> { }
            }
        }

        private void attrChildren(Attribute a, boolean elideType, List<Object[]> out) {
            switch (a) {
                case AffineMapAttr m -> { return; }
                case IntegerSetAttr s -> { return; }
                case DenseArrayAttr d -> { return; }
                case FloatAttr f -> { return; }
                case IntegerAttr i -> { return; }
                case UnitAttr u -> { return; }
                case DictionaryAttr d -> {
                    for (NamedAttribute e : d.entries()) {
                        add(out, new StringAttr(e.name()));
                        add(out, e.value());
                    }
                }
                case ArrayAttr arr -> arr.elements().forEach(x -> add(out, x));
                case TypeAttr t -> add(out, t.value());
                case NameLoc n -> {
                    if (!(n.child() instanceof UnknownLoc)) add(out, n.child());
                }
                case CallSiteLoc c -> {
                    add(out, c.callee());
                    add(out, c.caller());
                }
                case FusedLoc f -> {
                    add(out, f.metadata());
                    f.locations().forEach(x -> add(out, x));
                }
                case DialectAttribute d -> d.printParameters(recorder(out));
                default -> { }
            }
            if (!elideType && a instanceof TypedAttribute ta && !(ta.type() instanceof NoneType)) add(out, ta.type());
        }

        /** An AsmPrinter that prints nothing and records the nested values a dialect's printer prints. */
        private static AsmPrinter recorder(List<Object[]> out) {
            return new AsmPrinter() {
                @Override public AsmPrinter print(String text) { return this; }
                @Override public AsmPrinter print(long value) { return this; }
                @Override public AsmPrinter printType(Type type) { add(out, type); return this; }
                @Override public AsmPrinter printAttribute(Attribute attr) { add(out, attr); return this; }
                @Override public AsmPrinter printAttributeWithoutType(Attribute attr) {
                    if (attr != null) out.add(new Object[] {attr, true});
                    return this;
                }
                @Override public AsmPrinter printKeywordOrString(String s) { return this; }
                @Override public AsmPrinter printString(String s) { return this; }
                @Override public AsmPrinter printSymbolName(String name) { return this; }
                @Override public AsmPrinter printFloat(double value, Type type) { return this; }
            };
        }

        /** MLIR's sanitizeIdentifier for alias names: keeps {@code [A-Za-z0-9$_-]}, never ends in a digit. */
        static String sanitize(String name) {
            StringBuilder sb = new StringBuilder();
            if (Character.isDigit(name.charAt(0))) sb.append('_');
            for (char c : name.toCharArray()) {
                if (Lexer.isLetter(c) || Lexer.isDigit(c) || c == '$' || c == '_' || c == '-') sb.append(c);
                else if (c == ' ') sb.append('_');
                else sb.append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT));
            }
            if (Character.isDigit(sb.charAt(sb.length() - 1))) sb.append('_');
            return sb.toString();
        }

        public AliasNames build() {
            List<Map.Entry<Object, Info>> entries = new ArrayList<>(visited.entrySet());
            entries.removeIf(e -> e.getValue().alias == null);
            entries.sort(Comparator.<Map.Entry<Object, Info>>comparingInt(e -> e.getValue().depth)
                .thenComparing(e -> !e.getValue().isType)
                .thenComparing(e -> e.getValue().alias));
            Map<String, Integer> counts = new HashMap<>();
            Map<Object, String> names = new HashMap<>();
            Map<Object, Boolean> deferred = new HashMap<>();
            List<Object> order = new ArrayList<>();
            for (Map.Entry<Object, Info> e : entries) {
                Info info = e.getValue();
                int n = counts.merge(info.alias, 1, Integer::sum) - 1;
                names.put(e.getKey(), (info.isType ? "!" : "#") + info.alias + (n == 0 ? "" : Integer.toString(n)));
                deferred.put(e.getKey(), info.canBeDeferred);
                order.add(e.getKey());
            }
            return new AliasNames(names, order, deferred);
        }
    }
}

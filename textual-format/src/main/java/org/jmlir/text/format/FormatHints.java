package org.jmlir.text.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jmlir.asm.AsmParser;
import org.jmlir.asm.AsmPrinter;
import org.jmlir.ir.Context;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;

/**
 * What an op's assembly format cannot learn from its {@link org.jmlir.ods.OpDef}: how to infer types the format
 * does not spell (MLIR's {@code AllTypesMatch}, {@code TypesMatchWith}, {@code InferTypeOpInterface}), how to spell
 * certain attributes (enum keywords, implied types, symbol names), and op-local custom directives. Register with
 * {@code OpDef.builder(...).implement(FormatHints.class, FormatHints.builder()...build())}.
 *
 * <p>Names are those of operand groups, result groups and (as type sources) typed inherent attributes.
 */
public final class FormatHints {
    /** Computes missing types from known ones (MLIR's InferTypeOpInterface / a type constraint's builder). */
    @FunctionalInterface
    public interface TypeInference {
        void infer(InferenceContext ctx);
    }

    /** The types known while parsing, by operand/result group name, and the parsed attributes. */
    public interface InferenceContext {
        Context context();

        /** The first type of a group (or the type of a typed attribute), or null while unknown. */
        Type type(String name);

        /** All types of a group, or null while unknown. */
        List<Type> types(String name);

        /** A parsed inherent or discardable attribute, or null. */
        Attribute attribute(String name);

        /** The number of operands parsed for an operand group. */
        int operandCount(String name);

        /** Sets the type of a group (replicated over a variadic operand group's operands). */
        void setType(String name, Type type);

        void setTypes(String name, List<Type> types);
    }

    /** The type of {@code target} is {@code transform} applied to the type of {@code source}. */
    record TypeRule(String source, String target, UnaryOperator<Type> transform) {
    }

    record Inference(TypeInference fn, List<String> targets) {
    }

    /**
     * A hand-written spelling of an attribute; {@code parser} returns null, consuming nothing, when the attribute is
     * absent. {@code expected} completes the message "expected ..." when it must be there.
     */
    record AttrSpelling(Function<AsmParser, Attribute> parser, BiConsumer<Attribute, AsmPrinter> printer,
                        String expected) {
    }

    static final FormatHints NONE = builder().build();

    final List<TypeRule> rules;
    final List<Inference> inferences;
    final Map<String, Type> attrTypes;
    final Set<String> symbolNames;
    final Map<String, AttrSpelling> attrSpellings;
    final Map<String, CustomDirective> customDirectives;

    private FormatHints(Builder b) {
        rules = List.copyOf(b.rules);
        inferences = List.copyOf(b.inferences);
        attrTypes = Map.copyOf(b.attrTypes);
        symbolNames = Set.copyOf(b.symbolNames);
        attrSpellings = Map.copyOf(b.attrSpellings);
        customDirectives = Map.copyOf(b.customDirectives);
    }

    public static Builder builder() { return new Builder(); }

    /** Every name a hint mentions, for validation against the op. */
    Set<String> mentionedNames() {
        Set<String> s = new HashSet<>();
        for (TypeRule r : rules) {
            s.add(r.source());
            s.add(r.target());
        }
        for (Inference i : inferences) s.addAll(i.targets());
        s.addAll(attrTypes.keySet());
        s.addAll(symbolNames);
        s.addAll(attrSpellings.keySet());
        s.remove(Builder.ALL_RESULTS);
        return s;
    }

    public static final class Builder {
        static final String ALL_RESULTS = "\0results";

        private final List<TypeRule> rules = new ArrayList<>();
        private final List<Inference> inferences = new ArrayList<>();
        private final Map<String, Type> attrTypes = new HashMap<>();
        private final Set<String> symbolNames = new HashSet<>();
        private final Map<String, AttrSpelling> attrSpellings = new HashMap<>();
        private final Map<String, CustomDirective> customDirectives = new HashMap<>();

        private Builder() {}

        /** MLIR's {@code AllTypesMatch<[names]>}: whichever of them is known gives the type of the others. */
        public Builder allTypesMatch(String... names) {
            for (String a : names) for (String b : names) if (!a.equals(b)) rules.add(new TypeRule(a, b, t -> t));
            return this;
        }

        /** MLIR's {@code TypesMatchWith}: the type of {@code target} is {@code transform(type of source)}. */
        public Builder typesMatchWith(String source, String target, UnaryOperator<Type> transform) {
            rules.add(new TypeRule(source, target, Objects.requireNonNull(transform)));
            return this;
        }

        /** The type of {@code target} is the element type of {@code shapedSource} (or the type itself if scalar). */
        public Builder elementTypeOf(String target, String shapedSource) {
            return typesMatchWith(shapedSource, target, t -> t instanceof ShapedType s ? s.elementType() : t);
        }

        /** A general rule that sets the types of {@code targets} from what is known (operand types, attributes). */
        public Builder infer(TypeInference fn, String... targets) {
            inferences.add(new Inference(Objects.requireNonNull(fn), List.of(targets)));
            return this;
        }

        /** MLIR's InferTypeOpInterface: the function sets the types of every result group the format leaves out. */
        public Builder inferResultTypes(TypeInference fn) {
            inferences.add(new Inference(Objects.requireNonNull(fn), List.of(ALL_RESULTS)));
            return this;
        }

        /** The attribute's type is implied: print it without type and parse it with this type. */
        public Builder attrType(String attr, Type type) {
            attrTypes.put(attr, Objects.requireNonNull(type));
            return this;
        }

        /** The string attribute is a symbol name, spelled {@code @name} (MLIR's SymbolNameAttr). */
        public Builder symbolName(String attr) {
            symbolNames.add(attr);
            return this;
        }

        /**
         * An integer enum attribute (MLIR's I64EnumAttr) spelled as a keyword: case {@code i} of {@code cases} stands
         * for the integer {@code i} of type {@code type}.
         */
        public Builder enumKeywords(String attr, Type type, String... cases) {
            List<String> names = List.of(cases);
            attrSpellings.put(attr, new AttrSpelling(p -> {
                if (!names.contains(p.peekSpelling())) return null;
                return IntegerAttr.of(type, names.indexOf(p.parseKeyword()));
            }, (a, pr) -> {
                long v = a instanceof IntegerAttr ia ? ia.longValue() : -1;
                if (v >= 0 && v < names.size()) pr.print(names.get((int) v));
                else pr.printAttribute(a);
            }, attr + " to be one of: " + String.join(", ", names)));
            return this;
        }

        /**
         * A hand-written spelling of an attribute. The parser returns null, consuming nothing, when the attribute is
         * not there (asked only where the attribute may be absent: first element of an optional group).
         */
        public Builder attrSpelling(String attr, Function<AsmParser, Attribute> parser,
                                    BiConsumer<Attribute, AsmPrinter> printer) {
            attrSpellings.put(attr, new AttrSpelling(Objects.requireNonNull(parser), Objects.requireNonNull(printer),
                null));
            return this;
        }

        /** A custom directive for this op only; it takes precedence over {@link CustomDirectives}. */
        public Builder customDirective(String name, CustomDirective directive) {
            customDirectives.put(name, Objects.requireNonNull(directive));
            return this;
        }

        public FormatHints build() { return new FormatHints(this); }
    }
}

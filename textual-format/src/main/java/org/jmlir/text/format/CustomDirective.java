package org.jmlir.text.format;

import java.util.List;
import java.util.function.BiConsumer;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmParser.UnresolvedOperand;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.Arity;

/**
 * The parse/print pair behind {@code custom<Name>(args)}, MLIR's {@code parseName}/{@code printName}. Arguments are
 * passed by position, in the order the format lists them: {@code $operand}, {@code type($x)}, {@code $attr},
 * {@code $region}, {@code $successor}, {@code attr-dict}, {@code ref(...)} of an element bound earlier, or a
 * {@code "string"}. Register by name with {@link CustomDirectives#register} or per op with
 * {@link FormatHints.Builder#customDirective}.
 */
public interface CustomDirective {
    /** The kind of a directive argument. */
    enum ArgKind { OPERAND, TYPE, ATTRIBUTE, REGION, SUCCESSOR, ATTR_DICT, STRING }

    /**
     * Parses the directive and stores what it read into {@code args}. Returns false, having consumed nothing, when
     * the syntax is absent: that matters only when the directive starts an optional group. Errors throw (via
     * {@code parser.error}).
     */
    boolean parse(OpAsmParser parser, ParseArgs args);

    /** Prints the directive; a space has already been printed before it where the format wants one. */
    void print(OpAsmPrinter printer, Operation op, PrintArgs args);

    /** A directive from a parser that always finds its syntax, and a printer. */
    static CustomDirective of(BiConsumer<OpAsmParser, ParseArgs> parse, Printer print) {
        return new CustomDirective() {
            @Override
            public boolean parse(OpAsmParser parser, ParseArgs args) {
                parse.accept(parser, args);
                return true;
            }

            @Override
            public void print(OpAsmPrinter printer, Operation op, PrintArgs args) { print.print(printer, op, args); }
        };
    }

    @FunctionalInterface
    interface Printer {
        void print(OpAsmPrinter printer, Operation op, PrintArgs args);
    }

    /** What an argument is; shared by both directions. */
    interface Args {
        int size();

        ArgKind kind(int i);

        /** Whether the argument is {@code ref(...)}: read-only, bound earlier in the format. */
        boolean isRef(int i);

        /** SINGLE, OPTIONAL or VARIADIC for operands, types, regions and successors; SINGLE otherwise. */
        Arity arity(int i);

        /** The variable name ({@code x} for {@code $x} and {@code type($x)}); the text of a string argument. */
        String name(int i);
    }

    /** The arguments while parsing: setters for bound elements, getters for {@code ref}s and strings. */
    interface ParseArgs extends Args {
        /** The state being filled; attributes added here go where {@code attr-dict} would put them. */
        OperationState state();

        void setOperand(int i, UnresolvedOperand operand);

        void setOperands(int i, List<UnresolvedOperand> operands);

        void setType(int i, Type type);

        void setTypes(int i, List<Type> types);

        void setAttr(int i, Attribute value);

        /** The region to parse into for a single region argument. */
        Region region(int i);

        /** Appends a region to a variadic region argument and returns it. */
        Region addRegion(int i);

        void setSuccessor(int i, Block successor);

        void setSuccessors(int i, List<Block> successors);

        /** A parsed operand (ref of a single operand), or null. */
        UnresolvedOperand operand(int i);

        List<UnresolvedOperand> operands(int i);

        /** A parsed type (ref of a single type), or null. */
        Type type(int i);

        List<Type> types(int i);

        Attribute attr(int i);
    }

    /** The arguments while printing. */
    interface PrintArgs extends Args {
        /** The single (or absent optional: null) operand. */
        Value value(int i);

        List<Value> values(int i);

        Type type(int i);

        List<Type> types(int i);

        /** The attribute, or null when absent. */
        Attribute attr(int i);

        Region region(int i);

        List<Region> regions(int i);

        Block successor(int i);

        List<Block> successors(int i);

        /** For {@code attr-dict}: the op's attributes (inherent and discardable). */
        DictionaryAttr attrDict(int i);
    }
}

package org.jmlir.asm;

import java.util.List;
import org.jmlir.ir.Block;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.Type;

/** What custom op parsers use on top of {@link AsmParser}: SSA operands, regions and successors. */
public interface OpAsmParser extends AsmParser {
    /** An operand reference ({@code %x}, {@code %x#2}) not yet resolved to a value. */
    record UnresolvedOperand(String name, int number, Location location) {
    }

    /** A region argument being defined: {@code %x: type loc(...)}. */
    record Argument(UnresolvedOperand ssaName, Type type, Location location) {
    }

    enum Delimiter { NONE, PAREN, SQUARE, OPTIONAL_PAREN, OPTIONAL_SQUARE, BRACES, LESS_GREATER }

    UnresolvedOperand parseOperand();

    UnresolvedOperand parseOptionalOperand();

    /** A comma-separated operand list in the given delimiters. */
    List<UnresolvedOperand> parseOperandList(Delimiter delimiter);

    Value resolveOperand(UnresolvedOperand operand, Type type);

    List<Value> resolveOperands(List<UnresolvedOperand> operands, List<Type> types);

    /** Parses {@code %x} (with {@code : type} when {@code allowType}) that a region will define. */
    Argument parseArgument(boolean allowType, boolean allowAttrs);

    Argument parseOptionalArgument(boolean allowType);

    /** Parses {@code (%a: i32, %b: f32)} (possibly empty) in the given delimiters. */
    List<Argument> parseArgumentList(Delimiter delimiter, boolean allowType);

    /**
     * Parses a region {@code { ... }} into {@code region}. When {@code arguments} is non-null the entry block gets
     * them (its header must then be absent), as for ops that print their region arguments themselves.
     */
    void parseRegion(Region region, List<Argument> arguments);

    boolean parseOptionalRegion(Region region, List<Argument> arguments);

    /** Parses {@code ^bb3}. */
    Block parseSuccessor();

    Block parseOptionalSuccessor();

    /** Parses {@code ^bb3(%a, %b : i32, i32)} and appends the resolved operands to {@code operands}. */
    Block parseSuccessorAndUseList(List<Value> operands);

    /** Parses an optional {@code loc(...)}. */
    Location parseOptionalLocationSpecifier();

    /** The number of results the op is declared to produce ({@code %r:3 = ...}). */
    int numResults();
}

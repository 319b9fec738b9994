package org.jmlir.asm;

import java.util.Collection;
import java.util.List;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.type.Type;

/** What custom op printers use: SSA names, regions, successors and attribute dictionaries. */
public interface OpAsmPrinter extends AsmPrinter {
    OpAsmPrinter printOperand(Value v);

    /** Comma-separated operands. */
    OpAsmPrinter printOperands(List<? extends Value> vs);

    /** Prints {@code %name: type} (and {@code loc(...)} when locations are printed) for a region argument. */
    OpAsmPrinter printRegionArgument(Value arg);

    /** Prints {@code %name: type {attrs} loc(...)}: a function argument with its attributes; locations inline. */
    OpAsmPrinter printRegionArgument(Value arg, List<NamedAttribute> attrs);

    /** Prints a block reference {@code ^bbN}. */
    OpAsmPrinter printSuccessor(Block b);

    /** Prints {@code ^bbN(%a, %b : i32, i32)} or {@code ^bbN} when there are no operands. */
    OpAsmPrinter printSuccessorAndUseList(Block b, List<? extends Value> operands);

    /** Prints {@code {a = 1}} (nothing when empty) leaving out the elided names. */
    OpAsmPrinter printOptionalAttrDict(List<NamedAttribute> attrs, Collection<String> elided);

    /** Prints {@code attributes {a = 1}} (nothing when empty). */
    OpAsmPrinter printOptionalAttrDictWithKeyword(List<NamedAttribute> attrs, Collection<String> elided);

    /** Prints the op's discardable attributes plus its inherent ones not in {@code elided}, like attr-dict. */
    OpAsmPrinter printOpAttrDict(Operation op, Collection<String> elided);

    /**
     * Prints a region: {@code {}} then blocks. When {@code printEntryBlockArgs} is false the entry block's header is
     * left out (its arguments were printed by the op); when {@code printBlockTerminators} is false an entry block's
     * implicit terminator (one with no operands) is left out.
     */
    OpAsmPrinter printRegion(Region region, boolean printEntryBlockArgs, boolean printBlockTerminators,
                             boolean printEmptyBlock);

    default OpAsmPrinter printRegion(Region region) { return printRegion(region, true, true, false); }

    /** Prints {@code (T1, T2) -> R} from operand and result types. */
    OpAsmPrinter printFunctionalType(List<Type> inputs, List<Type> results);

    /** Prints {@code T}, {@code (T1, T2)} or {@code ()} as MLIR prints result type lists after {@code ->}. */
    OpAsmPrinter printArrowTypeList(List<Type> types);

    /** Prints a comma-separated list of types. */
    OpAsmPrinter printTypes(List<? extends Type> types);

    /** Starts a new line at the current indentation. */
    OpAsmPrinter printNewline();

    /** Prints the op's location as {@code loc(...)} when debug info is printed, after a space. */
    OpAsmPrinter printOptionalLocationSpecifier(org.jmlir.ir.attr.Location loc);

    /** Binds names to values before printing a region whose arguments the op prints itself. */
    void shadowRegionArgs(Region region, List<? extends Value> namesToUse);

    /** Whether the printer prints the generic form right now (custom printers may delegate). */
    boolean isGeneric();
}

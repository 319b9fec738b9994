package org.jmlir.dialect.scf;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmParser.Argument;
import org.jmlir.asm.OpAsmParser.UnresolvedOperand;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.Trait;

/**
 * Pieces that the hand-written custom forms of scf and memref share, mirroring the helpers MLIR's C++ parsers use
 * ({@code ensureTerminator}, {@code parseAssignmentList}, {@code printInitializationList}).
 */
public final class AsmSupport {
    private AsmSupport() {}

    /**
     * Gives a region parsed from custom syntax its implicit terminator: an empty region gets an empty block, and a
     * block whose last op is not a registered terminator gets {@code terminator} appended (as MLIR's
     * {@code SingleBlockImplicitTerminator::ensureTerminator} does, at the op's location).
     */
    public static void ensureTerminator(Region region, String terminator, OperationState state) {
        ensureTerminator(region, terminator, 0, state);
    }

    /** As above, for a terminator that has {@code regions} regions of one empty block (scf.forall.in_parallel). */
    public static void ensureTerminator(Region region, String terminator, int regions, OperationState state) {
        if (region.isEmpty()) region.addBlock(new Block());
        Block b = region.entryBlock();
        Operation last = b.lastOp();
        if (last != null && last.hasTrait(Trait.TERMINATOR)) return;
        OperationState t = new OperationState(state.name.context().operationName(terminator), state.location);
        for (int i = 0; i < regions; i++) t.addRegion().addBlock(new Block());
        b.append(Operation.create(t));
    }

    /** Parses {@code (%a = %x, %b = %y)} (the parenthesis already peeked or required by the caller). */
    public static void parseAssignmentList(OpAsmParser p, List<Argument> lhs, List<UnresolvedOperand> rhs) {
        p.parse("(");
        if (p.parseOptional(")")) return;
        do {
            lhs.add(p.parseArgument(false, false));
            p.parse("=");
            rhs.add(p.parseOperand());
        } while (p.parseOptional(","));
        p.parse(")");
    }

    /** Parses a required {@code -> T} or {@code -> (T1, T2)}. */
    public static List<Type> parseArrowTypeList(OpAsmParser p) {
        p.parse("->");
        if (!p.parseOptional("(")) return List.of(p.parseType());
        if (p.parseOptional(")")) return List.of();
        List<Type> types = new ArrayList<>();
        do types.add(p.parseType()); while (p.parseOptional(","));
        p.parse(")");
        return types;
    }

    /** Prints {@code prefix(%a = %x, %b = %y)}; nothing when there are no values. */
    public static void printAssignmentList(OpAsmPrinter p, String prefix, List<? extends Value> lhs,
                                           List<? extends Value> rhs) {
        if (lhs.isEmpty()) return;
        p.print(prefix).print("(");
        for (int i = 0; i < lhs.size(); i++) {
            if (i > 0) p.print(", ");
            p.printOperand(lhs.get(i)).print(" = ");
            p.printOperand(rhs.get(i));
        }
        p.print(")");
    }

    /** The same arguments with the given types (custom forms often learn the types after the names). */
    public static List<Argument> typed(List<Argument> args, List<Type> types) {
        List<Argument> out = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            Argument a = args.get(i);
            out.add(new Argument(a.ssaName(), types.get(i), a.location()));
        }
        return out;
    }

    public static Argument typed(Argument a, Type t) { return new Argument(a.ssaName(), t, a.location()); }

    /** Adds a parsed attribute dictionary to the state: inherent names become properties. */
    public static void addAttributes(OperationState state, List<NamedAttribute> attrs) {
        for (NamedAttribute a : attrs) state.addAttribute(a.name(), a.value());
    }

    /** Resolves every operand to the same type. */
    public static List<Value> resolveAll(OpAsmParser p, List<UnresolvedOperand> ops, Type type) {
        List<Value> out = new ArrayList<>(ops.size());
        for (UnresolvedOperand o : ops) out.add(p.resolveOperand(o, type));
        return out;
    }

    /** The terminator of a region's entry block, or null. */
    public static Operation terminatorOf(Region r) {
        return r.isEmpty() || r.entryBlock().isEmpty() ? null : r.entryBlock().lastOp();
    }
}

package org.jmlir.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jmlir.asm.AsmPrinter;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Block;
import org.jmlir.ir.BlockArgument;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OpResult;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.CustomAssembly;
import org.jmlir.ods.OpAsmHooks;
import org.jmlir.ods.OpDef;
import org.jmlir.text.format.AssemblyFormats;

/**
 * Prints operations in MLIR's generic or custom form, matching mlir-opt's layout: two-space indentation per
 * region, block headers with predecessor comments, result names from {@link SsaNamer}, aliases from
 * {@link AliasState}. Custom printers (declarative or hand-written) print through the {@link OpAsmPrinter} methods.
 */
public final class OpPrinter implements OpAsmPrinter {
    private final StringBuilder out;
    private final PrintOptions options;
    /** Names in use: the root's namer, or while an isolated op named on its own prints, that op's. */
    private SsaNamer namer;
    private final AliasState aliases;
    private final AttrTypePrinter attrs;
    private final ArrayDeque<String> defaultDialects = new ArrayDeque<>();
    private int indent;
    /** Set while a custom printer runs, so that {@link #isGeneric()} answers for the op being printed. */
    private boolean printingGeneric;

    private OpPrinter(StringBuilder out, Operation root, PrintOptions options) {
        this(out, root, options, false);
    }

    private OpPrinter(StringBuilder out, Operation root, PrintOptions options, boolean parallel) {
        this.out = out;
        this.options = options;
        this.namer = new SsaNamer(root, options.generic(), parallel);
        this.aliases = new AliasState(root, options);
        this.attrs = new AttrTypePrinter(aliases::aliasOf);
        defaultDialects.push("builtin");
    }

    /** A printer for one op of a block printed in parallel: shares the names and aliases, writes its own text. */
    private OpPrinter(OpPrinter parent, StringBuilder out) {
        this.out = out;
        this.options = parent.options;
        this.namer = parent.namer;
        this.aliases = parent.aliases;
        this.attrs = parent.attrs;
        this.defaultDialects.addAll(parent.defaultDialects);
        this.indent = parent.indent;
        this.printingGeneric = parent.printingGeneric;
    }

    /** Prints {@code root} (usually a module) with alias definitions, ending with a newline. */
    public static String print(Operation root, PrintOptions options) {
        StringBuilder sb = new StringBuilder();
        print(root, options, sb);
        return sb.toString();
    }

    /**
     * How each value under {@code root} is spelled as an operand ({@code %0}, {@code %arg1}, {@code %res#1}) when
     * {@code root} is printed in the custom form: MLIR's {@code printAsOperand} with an AsmState on root.
     */
    public static java.util.function.Function<org.jmlir.ir.Value, String> operandNames(Operation root) {
        OpPrinter p = new OpPrinter(new StringBuilder(), root, PrintOptions.DEFAULT);
        return v -> {
            p.out.setLength(0);
            p.printOperand(v);
            return p.out.toString();
        };
    }

    /**
     * Prints one op in the generic form, for diagnostics ("see current operation: ..."): values are named as in the
     * generic print of the op's top-most ancestor, so the names match what a user would see; no trailing newline.
     */
    public static String printInContext(Operation op) {
        Operation top = op;
        while (top.parentOp() != null) top = top.parentOp();
        StringBuilder sb = new StringBuilder();
        OpPrinter p = new OpPrinter(sb, top, PrintOptions.GENERIC);
        p.printFullOp(op);
        return sb.toString();
    }

    public static void print(Operation root, PrintOptions options, StringBuilder sb) {
        OpPrinter p = new OpPrinter(sb, root, options, hasBlockWorthPrintingInParallel(root));
        p.aliases.printDefinitions(sb, p.attrs, true);
        p.printFullOp(root);
        sb.append('\n');
        p.aliases.printDefinitions(sb, p.attrs, false);
    }

    // ---- operations

    private void printFullOp(Operation op) {
        SsaNamer own = namer.forIsolated(op);
        if (own != null) {
            SsaNamer saved = namer;
            namer = own;
            try {
                printFullOpNamed(op);
            } finally {
                namer = saved;
            }
        } else {
            printFullOpNamed(op);
        }
    }

    private void printFullOpNamed(Operation op) {
        out.repeat(' ', indent);
        printResultNames(op);
        OpDef def = op.definition();
        CustomAssembly custom = options.generic() || def == null ? null : customOf(def);
        if (custom != null) {
            printOpName(op);
            boolean saved = printingGeneric;
            printingGeneric = false;
            custom.print(op, this);
            printingGeneric = saved;
        } else {
            printGenericOp(op);
        }
        if (options.debugInfo()) {
            out.append(' ');
            printLocation(op.location(), true);
        }
    }

    private static CustomAssembly customOf(OpDef def) {
        if (def.customAssembly() != null) return def.customAssembly();
        if (def.assemblyFormat() != null) return def.derived(AssemblyFormats.class, AssemblyFormats::compile);
        return null;
    }

    private void printResultNames(Operation op) {
        if (op.numResults() == 0) return;
        int[] groups = namer.resultGroups(op);
        for (int g = 0; g < groups.length; g++) {
            int start = groups[g];
            int end = g + 1 < groups.length ? groups[g + 1] : op.numResults();
            if (g > 0) out.append(", ");
            out.append('%').append(namer.name(op.result(start)));
            if (end - start > 1) out.append(':').append(end - start);
        }
        out.append(" = ");
    }

    private void printOpName(Operation op) {
        String name = op.name();
        String dflt = defaultDialects.peek();
        if (!dflt.isEmpty() && name.startsWith(dflt) && name.length() > dflt.length()
            && name.charAt(dflt.length()) == '.' && name.indexOf('.', dflt.length() + 1) < 0) {
            name = name.substring(dflt.length() + 1);
        }
        out.append(name);
    }

    private void printGenericOp(Operation op) {
        AttrTypePrinter.appendEscaped(out, op.name());
        out.append('(');
        for (int i = 0; i < op.numOperands(); i++) {
            if (i > 0) out.append(", ");
            printOperand(op.operand(i));
        }
        out.append(')');
        if (op.numSuccessors() > 0) {
            out.append('[');
            for (int i = 0; i < op.numSuccessors(); i++) {
                if (i > 0) out.append(", ");
                printSuccessor(op.successor(i));
            }
            out.append(']');
        }
        if (op.hasExplicitProperties()) {
            out.append(" <");
            attrs.printAttribute(out, op.properties());
            out.append('>');
        }
        if (op.numRegions() > 0) {
            boolean saved = printingGeneric;
            printingGeneric = true;
            out.append(" (");
            for (int i = 0; i < op.numRegions(); i++) {
                if (i > 0) out.append(", ");
                printRegionOf(op, op.region(i), true, true, true);
            }
            out.append(')');
            printingGeneric = saved;
        }
        printOptionalAttrDict(op.attributes().entries(), List.of());
        out.append(" : ");
        printFunctionalType(op.operandTypes(), op.resultTypes());
    }

    // ---- regions and blocks

    @Override
    public OpAsmPrinter printRegion(Region region, boolean printEntryBlockArgs, boolean printBlockTerminators,
                                    boolean printEmptyBlock) {
        return printRegionOf(region.parentOp(), region, printEntryBlockArgs, printBlockTerminators, printEmptyBlock);
    }

    private OpAsmPrinter printRegionOf(Operation parent, Region region, boolean printEntryBlockArgs,
                                      boolean printBlockTerminators, boolean printEmptyBlock) {
        OpAsmHooks hooks = parent != null && parent.isRegistered()
            ? parent.definition().getInterface(OpAsmHooks.class) : null;
        String dflt = hooks != null && hooks.defaultDialect() != null ? hooks.defaultDialect() : "";
        defaultDialects.push(dflt);
        out.append("{\n");
        List<Block> blocks = region.blocks();
        if (!blocks.isEmpty()) {
            Block entry = blocks.get(0);
            boolean header = (printEmptyBlock && entry.isEmpty())
                || (printEntryBlockArgs && entry.numArguments() != 0);
            printBlock(entry, header, printBlockTerminators);
            for (int i = 1; i < blocks.size(); i++) printBlock(blocks.get(i), true, true);
        }
        out.repeat(' ', indent).append('}');
        defaultDialects.pop();
        return this;
    }

    private void printBlock(Block block, boolean printHeader, boolean printTerminator) {
        if (printHeader) {
            out.repeat(' ', indent);
            out.append('^').append(namer.blockName(block));
            if (block.numArguments() > 0) {
                out.append('(');
                for (int i = 0; i < block.numArguments(); i++) {
                    if (i > 0) out.append(", ");
                    BlockArgument a = block.argument(i);
                    printOperand(a);
                    out.append(": ");
                    printType(a.type());
                    if (options.debugInfo()) {
                        out.append(' ');
                        printLocation(a.location(), false);
                    }
                }
                out.append(')');
            }
            out.append(':');
            printPredecessorComment(block);
            out.append('\n');
        }
        indent += 2;
        Operation last = block.lastOp();
        boolean hasTerminator = last != null && last.mightBeTerminator() && last.isRegistered();
        if (worthPrintingInParallel(block)) {
            printOpsInParallel(block, hasTerminator && !printTerminator ? last : null);
            indent -= 2;
            return;
        }
        for (Operation op = block.firstOp(); op != null; op = op.next()) {
            if (op == last && hasTerminator && !printTerminator) break;
            printFullOp(op);
            out.append('\n');
        }
        indent -= 2;
    }

    /** Isolated ops print independently; below this many ops in them, threads cost more than they save. */
    private static final int PARALLEL_PRINT_MIN_OPS = 20_000;

    private static boolean hasBlockWorthPrintingInParallel(Operation root) {
        for (Region r : root.regions()) for (Block b : r.blocks()) if (worthPrintingInParallel(b)) return true;
        return false;
    }

    private static boolean worthPrintingInParallel(Block block) {
        if (block.numOperations() < 2 || !block.firstOp().context().isMultithreadingEnabled()) return false;
        int isolated = 0;
        long ops = 0;
        for (Operation op = block.firstOp(); op != null; op = op.next()) {
            if (op.numRegions() == 0 || !op.hasTrait(org.jmlir.ods.Trait.ISOLATED_FROM_ABOVE)) continue;
            isolated++;
            for (Region r : op.regions()) for (Block b : r.blocks()) ops += b.numOperations();
        }
        return isolated >= 2 && ops >= PARALLEL_PRINT_MIN_OPS;
    }

    /**
     * Prints each op of {@code block} (but {@code skip}) into its own buffer on the shared pool, then appends them
     * in order: names and aliases were chosen up front, so the text is exactly the serial printer's.
     */
    private void printOpsInParallel(Block block, Operation skip) {
        List<Operation> ops = new ArrayList<>(block.numOperations());
        for (Operation op = block.firstOp(); op != null; op = op.next()) if (op != skip) ops.add(op);
        StringBuilder[] texts = new StringBuilder[ops.size()];
        org.jmlir.ir.Parallel.forEach(true, ops.size(), i -> {
            OpPrinter p = new OpPrinter(this, new StringBuilder());
            p.printFullOp(ops.get(i));
            p.out.append('\n');
            texts[i] = p.out;
        });
        for (StringBuilder t : texts) out.append(t);
    }

    private void printPredecessorComment(Block block) {
        if (block.parent() == null) {
            out.append("  // block is not in a region!");
            return;
        }
        List<Block> preds = block.predecessors();
        if (preds.isEmpty()) {
            if (!block.isEntryBlock()) out.append("  // no predecessors");
        } else if (preds.size() == 1) {
            out.append("  // pred: ^").append(namer.blockName(preds.get(0)));
        } else {
            List<Block> sorted = new ArrayList<>(preds);
            sorted.sort(Comparator.comparingInt(namer::blockIndex));
            out.append("  // ").append(sorted.size()).append(" preds: ");
            for (int i = 0; i < sorted.size(); i++) {
                if (i > 0) out.append(", ");
                out.append('^').append(namer.blockName(sorted.get(i)));
            }
        }
    }

    private void printLocation(Location loc, boolean allowAlias) {
        out.append("loc(");
        String alias = allowAlias ? aliases.locationAlias(loc) : null;
        if (alias != null) out.append(alias);
        else attrs.printLocationBody(out, loc);
        out.append(')');
    }

    // ---- OpAsmPrinter: values, blocks, attribute dictionaries

    @Override
    public OpAsmPrinter printOperand(Value v) {
        if (v instanceof OpResult r && r.owner().numResults() > 1) {
            Operation owner = r.owner();
            int[] groups = namer.resultGroups(owner);
            int g = groups.length - 1;
            while (groups[g] > r.index()) g--;
            int start = groups[g];
            int end = g + 1 < groups.length ? groups[g + 1] : owner.numResults();
            String n = namer.name(owner.result(start));
            if (n == null) {
                out.append("<<UNKNOWN SSA VALUE>>");
                return this;
            }
            out.append('%').append(n);
            if (end - start > 1) out.append('#').append(r.index() - start);
            return this;
        }
        String n = namer.name(v);
        out.append(n != null ? "%" + n : "<<UNKNOWN SSA VALUE>>");
        return this;
    }

    @Override
    public OpAsmPrinter printOperands(List<? extends Value> vs) {
        for (int i = 0; i < vs.size(); i++) {
            if (i > 0) out.append(", ");
            printOperand(vs.get(i));
        }
        return this;
    }

    @Override
    public OpAsmPrinter printRegionArgument(Value arg) { return printRegionArgument(arg, List.of()); }

    @Override
    public OpAsmPrinter printRegionArgument(Value arg, List<NamedAttribute> argAttrs) {
        printOperand(arg);
        out.append(": ");
        printType(arg.type());
        printOptionalAttrDict(argAttrs, List.of());
        if (options.debugInfo()) {
            out.append(' ');
            printLocation(arg.location(), false);
        }
        return this;
    }

    @Override
    public OpAsmPrinter printSuccessor(Block b) {
        String n = namer.blockName(b);
        out.append('^').append(n == null ? "INVALIDBLOCK" : n);
        return this;
    }

    @Override
    public OpAsmPrinter printSuccessorAndUseList(Block b, List<? extends Value> operands) {
        printSuccessor(b);
        if (operands.isEmpty()) return this;
        out.append('(');
        printOperands(operands);
        out.append(" : ");
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) out.append(", ");
            printType(operands.get(i).type());
        }
        out.append(')');
        return this;
    }

    @Override
    public OpAsmPrinter printOptionalAttrDict(List<NamedAttribute> entries, Collection<String> elided) {
        boolean first = true;
        for (NamedAttribute e : entries) {
            if (elided.contains(e.name())) continue;
            out.append(first ? " {" : ", ");
            first = false;
            attrs.printNamedAttribute(out, e);
        }
        if (!first) out.append('}');
        return this;
    }

    @Override
    public OpAsmPrinter printOptionalAttrDictWithKeyword(List<NamedAttribute> entries, Collection<String> elided) {
        boolean any = false;
        for (NamedAttribute e : entries) if (!elided.contains(e.name())) any = true;
        if (any) out.append(" attributes");
        return printOptionalAttrDict(entries, elided);
    }

    @Override
    public OpAsmPrinter printOpAttrDict(Operation op, Collection<String> elided) {
        return printOptionalAttrDict(allAttributes(op), elided);
    }

    /** Inherent and discardable attributes merged in name order, as MLIR's {@code op->getAttrs()}. */
    static List<NamedAttribute> allAttributes(Operation op) {
        if (op.properties().isEmpty()) return op.attributes().entries();
        if (op.attributes().isEmpty()) return op.properties().entries();
        List<NamedAttribute> all = new ArrayList<>(op.properties().entries());
        for (NamedAttribute a : op.attributes().entries()) if (!op.properties().contains(a.name())) all.add(a);
        return DictionaryAttr.of(all).entries();
    }

    @Override
    public OpAsmPrinter printFunctionalType(List<Type> inputs, List<Type> results) {
        out.append('(');
        printTypes(inputs);
        out.append(") -> ");
        printArrowTypeList(results);
        return this;
    }

    @Override
    public OpAsmPrinter printArrowTypeList(List<Type> types) {
        boolean wrap = types.size() != 1 || types.get(0) instanceof FunctionType;
        if (wrap) out.append('(');
        printTypes(types);
        if (wrap) out.append(')');
        return this;
    }

    @Override
    public OpAsmPrinter printTypes(List<? extends Type> types) {
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) out.append(", ");
            printType(types.get(i));
        }
        return this;
    }

    @Override
    public OpAsmPrinter printNewline() {
        out.append('\n').repeat(' ', indent);
        return this;
    }

    @Override
    public OpAsmPrinter printOptionalLocationSpecifier(Location loc) {
        if (options.debugInfo()) {
            out.append(' ');
            printLocation(loc, true);
        }
        return this;
    }

    @Override
    public void shadowRegionArgs(Region region, List<? extends Value> namesToUse) {
        // Names are assigned before printing; ops that print region arguments in their own syntax print the block
        // arguments themselves, so nothing needs rebinding here.
    }

    @Override
    public boolean isGeneric() { return printingGeneric || options.generic(); }

    // ---- AsmPrinter: raw text, types, attributes

    @Override
    public AsmPrinter print(String text) {
        out.append(text);
        return this;
    }

    @Override
    public AsmPrinter print(long value) {
        out.append(value);
        return this;
    }

    @Override
    public AsmPrinter printType(Type type) {
        attrs.printType(out, type);
        return this;
    }

    @Override
    public AsmPrinter printAttribute(Attribute attr) {
        attrs.printAttribute(out, attr);
        return this;
    }

    @Override
    public AsmPrinter printAttributeWithoutType(Attribute attr) {
        attrs.printAttributeWithoutType(out, attr);
        return this;
    }

    @Override
    public AsmPrinter printKeywordOrString(String s) {
        AttrTypePrinter.appendKeywordOrString(out, s);
        return this;
    }

    @Override
    public AsmPrinter printString(String s) {
        AttrTypePrinter.appendEscaped(out, s);
        return this;
    }

    @Override
    public AsmPrinter printSymbolName(String name) {
        AttrTypePrinter.appendSymbolName(out, name);
        return this;
    }

    @Override
    public AsmPrinter printFloat(double value, Type type) {
        attrs.printFloat(out, value, type);
        return this;
    }
}

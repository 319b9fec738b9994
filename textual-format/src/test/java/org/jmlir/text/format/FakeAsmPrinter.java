package org.jmlir.text.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jmlir.asm.AsmPrinter;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.ArrayAttr;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.DialectAttribute;
import org.jmlir.ir.attr.FloatAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.SymbolRefAttr;
import org.jmlir.ir.attr.TypeAttr;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.NoneType;
import org.jmlir.ir.type.Type;

/**
 * Test double of the printer, following MLIR's conventions where they matter to formats: attribute dictionaries
 * print their own leading space; regions print as {@code {op1; op2}} listing the entry block's op names.
 */
final class FakeAsmPrinter implements OpAsmPrinter {
    final StringBuilder out = new StringBuilder();
    private final Map<Value, String> names;
    private final Map<Block, String> blocks;

    FakeAsmPrinter(Map<Value, String> names, Map<Block, String> blocks) {
        this.names = names;
        this.blocks = blocks;
    }

    @Override public AsmPrinter print(String text) { out.append(text); return this; }

    @Override public AsmPrinter print(long value) { out.append(value); return this; }

    @Override public AsmPrinter printType(Type type) { out.append(FakeTypes.print(type)); return this; }

    static String attr(Attribute a, boolean withType) {
        return switch (a) {
            case IntegerAttr i when i.isBool() -> i.longValue() != 0 ? "true" : "false";
            case IntegerAttr i -> i.value() + (withType ? " : " + FakeTypes.print(i.type()) : "");
            case FloatAttr f -> f.value() + (withType ? " : " + FakeTypes.print(f.type()) : "");
            case StringAttr s -> "\"" + s.value() + "\"" + (withType && !(s.type() instanceof NoneType) ? " : " + FakeTypes.print(s.type()) : "");
            case UnitAttr u -> "unit";
            case TypeAttr t -> FakeTypes.print(t.value());
            case SymbolRefAttr s -> "@" + s.rootReference();
            case ArrayAttr arr -> {
                List<String> parts = new ArrayList<>();
                for (Attribute e : arr.elements()) parts.add(attr(e, true));
                yield "[" + String.join(", ", parts) + "]";
            }
            case DenseArrayAttr d -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < d.size(); i++) {
                    parts.add(d.ints() != null ? (d.elementType().equals(IntegerType.I1)
                        ? (d.ints()[i] != 0 ? "true" : "false") : Long.toString(d.ints()[i])) : Double.toString(d.floats()[i]));
                }
                yield "array<" + FakeTypes.print(d.elementType()) + (parts.isEmpty() ? "" : ": " + String.join(", ", parts)) + ">";
            }
            case DialectAttribute d -> {
                FakeAsmPrinter p = new FakeAsmPrinter(Map.of(), Map.of());
                d.printParameters(p);
                yield "#" + d.dialectNamespace() + "." + d.mnemonic() + p.out;
            }
            default -> a.toString();
        };
    }

    @Override public AsmPrinter printAttribute(Attribute a) { out.append(attr(a, true)); return this; }

    @Override public AsmPrinter printAttributeWithoutType(Attribute a) { out.append(attr(a, false)); return this; }

    @Override public AsmPrinter printKeywordOrString(String s) { out.append(s); return this; }

    @Override public AsmPrinter printString(String s) { out.append('"').append(s).append('"'); return this; }

    @Override public AsmPrinter printSymbolName(String name) { out.append('@').append(name); return this; }

    @Override public AsmPrinter printFloat(double value, Type type) { out.append(value); return this; }

    @Override
    public OpAsmPrinter printOperand(Value v) {
        out.append(names.getOrDefault(v, "%<?>"));
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

    @Override public OpAsmPrinter printRegionArgument(Value arg) { return printOperand(arg); }

    @Override public OpAsmPrinter printRegionArgument(Value arg, List<org.jmlir.ir.attr.NamedAttribute> attrs) {
        return printOperand(arg);
    }

    @Override public OpAsmPrinter printSuccessor(Block b) { out.append(blocks.getOrDefault(b, "^<?>")); return this; }

    @Override
    public OpAsmPrinter printSuccessorAndUseList(Block b, List<? extends Value> operands) {
        printSuccessor(b);
        return this;
    }

    private void dict(List<NamedAttribute> attrs, Collection<String> elided, boolean keyword) {
        List<String> parts = new ArrayList<>();
        for (NamedAttribute na : attrs) {
            if (elided.contains(na.name())) continue;
            parts.add(na.value() instanceof UnitAttr ? na.name() : na.name() + " = " + attr(na.value(), true));
        }
        if (parts.isEmpty()) return;
        out.append(keyword ? " attributes {" : " {").append(String.join(", ", parts)).append('}');
    }

    @Override
    public OpAsmPrinter printOptionalAttrDict(List<NamedAttribute> attrs, Collection<String> elided) {
        dict(attrs, elided, false);
        return this;
    }

    @Override
    public OpAsmPrinter printOptionalAttrDictWithKeyword(List<NamedAttribute> attrs, Collection<String> elided) {
        dict(attrs, elided, true);
        return this;
    }

    @Override
    public OpAsmPrinter printOpAttrDict(Operation op, Collection<String> elided) {
        throw new AssertionError("the format printer builds the attribute list itself");
    }

    @Override
    public OpAsmPrinter printRegion(Region region, boolean printEntryBlockArgs, boolean printBlockTerminators,
                                    boolean printEmptyBlock) {
        List<String> ops = new ArrayList<>();
        if (!region.isEmpty()) {
            Block entry = region.entryBlock();
            for (Operation op : entry.operations()) {
                if (!printBlockTerminators && op == entry.lastOp() && entry.terminator() == op) continue;
                ops.add(op.name());
            }
        }
        out.append('{').append(String.join("; ", ops)).append('}');
        return this;
    }

    @Override
    public OpAsmPrinter printFunctionalType(List<Type> inputs, List<Type> results) {
        out.append('(').append(FakeTypes.join(inputs)).append(") -> ").append(FakeTypes.arrow(results));
        return this;
    }

    @Override public OpAsmPrinter printArrowTypeList(List<Type> types) { out.append(FakeTypes.arrow(types)); return this; }

    @Override public OpAsmPrinter printTypes(List<? extends Type> types) { out.append(FakeTypes.join(types)); return this; }

    @Override public OpAsmPrinter printNewline() { out.append('\n'); return this; }

    @Override public OpAsmPrinter printOptionalLocationSpecifier(Location loc) { return this; }

    @Override public void shadowRegionArgs(Region region, List<? extends Value> namesToUse) { }

    @Override public boolean isGeneric() { return false; }
}

package org.jmlir.text.format;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.asm.OpAsmParser.UnresolvedOperand;
import org.jmlir.ir.Block;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.type.Type;
import org.jmlir.text.format.Element.AttrVar;
import org.jmlir.text.format.Element.OperandVar;
import org.jmlir.text.format.Element.OperandsDir;
import org.jmlir.text.format.Element.RegionVar;
import org.jmlir.text.format.Element.ResultVar;
import org.jmlir.text.format.Element.ResultsDir;
import org.jmlir.text.format.Element.SuccessorVar;
import org.jmlir.text.format.Element.TypeDir;

/** Custom directive arguments while parsing: writes go to the {@link ParseState}, refs read from it. */
final class ReaderArgs extends DirectiveArgs implements CustomDirective.ParseArgs {
    private final ParseState ps;

    ReaderArgs(ParseState ps, List<Element> args) {
        super(args);
        this.ps = ps;
    }

    private void writable(int i) {
        if (isRef(i)) throw new IllegalStateException("custom directive argument #" + i + " is a ref(...): read-only");
    }

    @Override public OperationState state() { return ps.state; }

    @Override
    public void setOperand(int i, UnresolvedOperand operand) {
        setOperands(i, operand == null ? List.of() : List.of(operand));
    }

    @Override
    public void setOperands(int i, List<UnresolvedOperand> operands) {
        writable(i);
        if (!(arg(i) instanceof OperandVar v)) throw wrongKind(i, "an operand");
        ps.operands[v.index()] = List.copyOf(operands);
    }

    @Override
    public void setType(int i, Type type) { setTypes(i, type == null ? List.of() : List.of(type)); }

    @Override
    public void setTypes(int i, List<Type> types) {
        writable(i);
        if (!(arg(i) instanceof TypeDir t)) throw wrongKind(i, "a type");
        List<Type> copy = List.copyOf(types);
        switch (t.arg()) {
            case OperandVar v -> ps.operandTypes[v.index()] = copy;
            case ResultVar r -> ps.resultTypes[r.index()] = copy;
            case OperandsDir o -> ps.allOperandTypes = copy;
            case ResultsDir r -> ps.allResultTypes = copy;
            default -> throw wrongKind(i, "a type");
        }
    }

    @Override
    public void setAttr(int i, Attribute value) {
        writable(i);
        if (!(arg(i) instanceof AttrVar a)) throw wrongKind(i, "an attribute");
        if (value == null) ps.state.properties.remove(a.name());
        else ps.state.addProperty(a.name(), value);
    }

    @Override
    public Region region(int i) {
        writable(i);
        if (!(arg(i) instanceof RegionVar r)) throw wrongKind(i, "a region");
        if (ps.regions[r.index()] == null || ps.regions[r.index()].isEmpty()) {
            ps.regions[r.index()] = new ArrayList<>(List.of(new Region()));
        }
        return ps.regions[r.index()].get(0);
    }

    @Override
    public Region addRegion(int i) {
        writable(i);
        if (!(arg(i) instanceof RegionVar r)) throw wrongKind(i, "a region");
        if (ps.regions[r.index()] == null) ps.regions[r.index()] = new ArrayList<>();
        Region region = new Region();
        ps.regions[r.index()].add(region);
        return region;
    }

    @Override
    public void setSuccessor(int i, Block successor) {
        setSuccessors(i, successor == null ? List.of() : List.of(successor));
    }

    @Override
    public void setSuccessors(int i, List<Block> successors) {
        writable(i);
        if (!(arg(i) instanceof SuccessorVar s)) throw wrongKind(i, "a successor");
        ps.successors[s.index()] = List.copyOf(successors);
    }

    @Override
    public UnresolvedOperand operand(int i) {
        List<UnresolvedOperand> l = operands(i);
        return l.isEmpty() ? null : l.get(0);
    }

    @Override
    public List<UnresolvedOperand> operands(int i) {
        if (!(arg(i) instanceof OperandVar v)) throw wrongKind(i, "an operand");
        List<UnresolvedOperand> l = ps.operands[v.index()];
        return l == null ? List.of() : l;
    }

    @Override
    public Type type(int i) {
        List<Type> l = types(i);
        return l.isEmpty() ? null : l.get(0);
    }

    @Override
    public List<Type> types(int i) {
        if (!(arg(i) instanceof TypeDir t)) throw wrongKind(i, "a type");
        List<Type> l = switch (t.arg()) {
            case OperandVar v -> ps.operandTypes[v.index()];
            case ResultVar r -> ps.resultTypes[r.index()];
            case OperandsDir o -> ps.allOperandTypes;
            case ResultsDir r -> ps.allResultTypes;
            default -> throw wrongKind(i, "a type");
        };
        return l == null ? List.of() : l;
    }

    @Override
    public Attribute attr(int i) {
        if (!(arg(i) instanceof AttrVar a)) throw wrongKind(i, "an attribute");
        return ps.attribute(a.name());
    }
}

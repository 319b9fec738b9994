package org.jmlir.text.format;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.type.Type;
import org.jmlir.text.format.Element.AttrDict;
import org.jmlir.text.format.Element.AttrVar;
import org.jmlir.text.format.Element.OperandVar;
import org.jmlir.text.format.Element.OperandsDir;
import org.jmlir.text.format.Element.RegionVar;
import org.jmlir.text.format.Element.ResultVar;
import org.jmlir.text.format.Element.ResultsDir;
import org.jmlir.text.format.Element.SuccessorVar;
import org.jmlir.text.format.Element.TypeDir;

/** Custom directive arguments read from the op being printed. */
final class PrinterArgs extends DirectiveArgs implements CustomDirective.PrintArgs {
    private final Operation op;

    PrinterArgs(Operation op, List<Element> args) {
        super(args);
        this.op = op;
    }

    @Override
    public Value value(int i) {
        List<Value> vs = values(i);
        return vs.isEmpty() ? null : vs.get(0);
    }

    @Override
    public List<Value> values(int i) {
        if (arg(i) instanceof OperandVar v) return OpAccess.operands(op, v.index());
        throw wrongKind(i, "an operand");
    }

    @Override
    public Type type(int i) {
        List<Type> ts = types(i);
        return ts.isEmpty() ? null : ts.get(0);
    }

    @Override
    public List<Type> types(int i) {
        if (!(arg(i) instanceof TypeDir t)) throw wrongKind(i, "a type");
        return switch (t.arg()) {
            case OperandVar v -> OpAccess.operandTypes(op, v.index());
            case ResultVar r -> OpAccess.resultTypes(op, r.index());
            case OperandsDir o -> op.operandTypes();
            case ResultsDir r -> op.resultTypes();
            default -> throw wrongKind(i, "a type");
        };
    }

    @Override
    public Attribute attr(int i) {
        if (arg(i) instanceof AttrVar a) return op.attr(a.name());
        throw wrongKind(i, "an attribute");
    }

    @Override
    public Region region(int i) {
        List<Region> rs = regions(i);
        return rs.isEmpty() ? null : rs.get(0);
    }

    @Override
    public List<Region> regions(int i) {
        if (arg(i) instanceof RegionVar r) return OpAccess.regions(op, r.index());
        throw wrongKind(i, "a region");
    }

    @Override
    public Block successor(int i) {
        List<Block> bs = successors(i);
        return bs.isEmpty() ? null : bs.get(0);
    }

    @Override
    public List<Block> successors(int i) {
        if (arg(i) instanceof SuccessorVar s) return OpAccess.successors(op, s.index());
        throw wrongKind(i, "a successor");
    }

    @Override
    public DictionaryAttr attrDict(int i) {
        if (!(arg(i) instanceof AttrDict)) throw wrongKind(i, "attr-dict");
        List<NamedAttribute> all = new ArrayList<>(op.properties().entries());
        for (NamedAttribute na : op.attributes().entries()) if (!op.properties().contains(na.name())) all.add(na);
        return DictionaryAttr.of(all);
    }
}

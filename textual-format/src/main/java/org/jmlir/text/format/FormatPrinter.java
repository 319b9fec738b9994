package org.jmlir.text.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.Arity;
import org.jmlir.ods.AttrDef;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Trait;
import org.jmlir.text.format.Element.AttrDict;
import org.jmlir.text.format.Element.AttrVar;
import org.jmlir.text.format.Element.Custom;
import org.jmlir.text.format.Element.FunctionalType;
import org.jmlir.text.format.Element.Literal;
import org.jmlir.text.format.Element.OIList;
import org.jmlir.text.format.Element.OperandVar;
import org.jmlir.text.format.Element.OperandsDir;
import org.jmlir.text.format.Element.OptionalGroup;
import org.jmlir.text.format.Element.Ref;
import org.jmlir.text.format.Element.RegionVar;
import org.jmlir.text.format.Element.RegionsDir;
import org.jmlir.text.format.Element.ResultVar;
import org.jmlir.text.format.Element.ResultsDir;
import org.jmlir.text.format.Element.SuccessorVar;
import org.jmlir.text.format.Element.SuccessorsDir;
import org.jmlir.text.format.Element.TypeDir;
import org.jmlir.text.format.Element.Whitespace;

/** Prints one op with its compiled format: everything after the op name, as MLIR's generated printer does. */
final class FormatPrinter {
    private final CompiledFormat f;
    private final Operation op;
    private final OpAsmPrinter p;

    FormatPrinter(CompiledFormat f, Operation op, OpAsmPrinter p) {
        this.f = f;
        this.op = op;
        this.p = p;
    }

    void run() { printAll(f.elements, null); }

    private void printAll(List<Element> els, Element skip) {
        for (Element e : els) if (e != skip) print(e);
    }

    private void print(Element e) {
        switch (e) {
            case Literal l -> literal(l);
            case Whitespace w -> {
                if (w.isNewline()) p.printNewline();
                else if (!w.value().isEmpty()) p.print(" ");
            }
            case OptionalGroup g -> {
                Element skip = f.shape.elidedAnchor(g);
                if (present(g.anchor())) printAll(g.thenElements(), skip);
                else printAll(g.elseElements(), skip);
            }
            case OIList o -> {
                for (OIList.Clause c : o.clauses()) {
                    if (!clausePresent(c.elements())) continue;
                    literal(c.keyword());
                    if (!f.shape.isUnitClause(c)) printAll(c.elements(), null);
                }
            }
            case AttrDict d -> attrDict(d.withKeyword());
            default -> {
                if (f.space(e)) p.print(" ");
                value(e);
            }
        }
    }

    private void literal(Literal l) {
        if (f.space(l)) p.print(" ");
        p.print(l.spelling());
    }

    private void value(Element e) {
        switch (e) {
            case OperandVar v -> {
                List<Value> vs = OpAccess.operands(op, v.index());
                if (v.def().arity() == Arity.VARIADIC) p.printOperands(vs);
                else if (!vs.isEmpty()) p.printOperand(vs.get(0));
            }
            case AttrVar a -> {
                Attribute attr = op.attr(a.name());
                if (attr != null) f.syntax(a).print(attr, p);
            }
            case RegionVar r -> printRegions(OpAccess.regions(op, r.index()));
            case SuccessorVar s -> printSuccessors(OpAccess.successors(op, s.index()));
            case TypeDir t -> {
                List<Type> ts = types(t.arg());
                if (isSingle(t.arg()) && ts.size() == 1) p.printType(ts.get(0));
                else p.printTypes(ts);
            }
            case FunctionalType ft -> p.printFunctionalType(types(ft.inputs()), types(ft.results()));
            case OperandsDir o -> p.printOperands(op.operands());
            case RegionsDir r -> printRegions(op.regions());
            case SuccessorsDir s -> printSuccessors(op.successors());
            case Custom c -> f.directive(c.name()).print(p, op, new PrinterArgs(op, c.args()));
            default -> throw new IllegalStateException("cannot print format element " + e);
        }
    }

    private static boolean isSingle(Element arg) {
        return arg instanceof OperandVar v && v.def().arity() == Arity.SINGLE
            || arg instanceof ResultVar r && r.def().arity() == Arity.SINGLE;
    }

    private List<Type> types(Element arg) {
        return switch (arg) {
            case OperandVar v -> OpAccess.operandTypes(op, v.index());
            case ResultVar r -> OpAccess.resultTypes(op, r.index());
            case OperandsDir o -> op.operandTypes();
            case ResultsDir r -> op.resultTypes();
            default -> throw new IllegalStateException("not a type argument: " + arg);
        };
    }

    private void printRegions(List<Region> regions) {
        boolean implicit = f.def.implicitTerminator() != null;
        for (int i = 0; i < regions.size(); i++) {
            if (i > 0) p.print(", ");
            Region r = regions.get(i);
            boolean printTerminator = true;
            if (implicit && !r.isEmpty()) {
                Operation term = r.entryBlock().terminator();
                if (term != null) {
                    printTerminator = !term.properties().isEmpty() || !term.attributes().isEmpty()
                        || term.numOperands() != 0 || term.numResults() != 0;
                }
            }
            p.printRegion(r, true, printTerminator, false);
        }
    }

    private void printSuccessors(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) p.print(", ");
            p.printSuccessor(blocks.get(i));
        }
    }

    /** Whether an optional group's anchor is present (a default-valued attribute only when not the default). */
    private boolean present(Element anchor) {
        return switch (anchor) {
            case OperandVar v -> !OpAccess.operands(op, v.index()).isEmpty();
            case ResultVar r -> !OpAccess.resultTypes(op, r.index()).isEmpty();
            case AttrVar a -> {
                Attribute attr = op.attr(a.name());
                AttrDef d = a.def();
                yield attr != null && (d.defaultValue() == null || !attr.equals(d.defaultValue()));
            }
            case RegionVar r -> {
                List<Region> rs = OpAccess.regions(op, r.index());
                yield r.def().variadic() ? !rs.isEmpty() : !rs.isEmpty() && !rs.get(0).isEmpty();
            }
            case SuccessorVar s -> !OpAccess.successors(op, s.index()).isEmpty();
            case TypeDir t -> present(t.arg());
            case FunctionalType ft -> present(ft.inputs());
            case OperandsDir o -> op.numOperands() > 0;
            case ResultsDir r -> op.numResults() > 0;
            case RegionsDir r -> op.numRegions() > 0;
            case SuccessorsDir s -> op.numSuccessors() > 0;
            case Custom c -> {
                boolean any = false;
                for (Element a : c.args()) {
                    if (a instanceof Ref || a instanceof AttrDict || a instanceof Element.StringArg) continue;
                    any |= present(a);
                }
                yield any;
            }
            default -> false;
        };
    }

    /** An oilist clause is printed when any variable in it is present. */
    private boolean clausePresent(List<Element> els) {
        for (Element e : els) {
            boolean any = switch (e) {
                case OptionalGroup g -> clausePresent(g.thenElements()) || clausePresent(g.elseElements());
                case Literal l -> false;
                case Whitespace w -> false;
                case AttrDict d -> false;
                default -> present(e);
            };
            if (any) return true;
        }
        return false;
    }

    private void attrDict(boolean withKeyword) {
        Set<String> elided = new HashSet<>(f.formatAttrs);
        OpDef def = f.def;
        if (!f.allOperands && def.hasOperandSegments()) elided.add(OpDef.OPERAND_SEGMENT_SIZES);
        if (!f.allResultTypes && def.hasResultSegments()) elided.add(OpDef.RESULT_SEGMENT_SIZES);
        for (AttrDef a : def.attributes()) {
            if (a.defaultValue() != null && a.defaultValue().equals(op.properties().get(a.name()))) elided.add(a.name());
        }
        List<NamedAttribute> all = new ArrayList<>(op.properties().entries());
        for (NamedAttribute na : op.attributes().entries()) {
            if (!op.properties().contains(na.name())) all.add(na);
        }
        List<NamedAttribute> sorted = DictionaryAttr.of(all).entries();
        if (withKeyword) p.printOptionalAttrDictWithKeyword(sorted, elided);
        else p.printOptionalAttrDict(sorted, elided);
    }
}

package org.jmlir.text.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmParser.UnresolvedOperand;
import org.jmlir.ir.Block;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.Arity;
import org.jmlir.text.format.Element.AttrDict;
import org.jmlir.text.format.Element.AttrVar;
import org.jmlir.text.format.Element.Custom;
import org.jmlir.text.format.Element.FunctionalType;
import org.jmlir.text.format.Element.Literal;
import org.jmlir.text.format.Element.OIList;
import org.jmlir.text.format.Element.OperandVar;
import org.jmlir.text.format.Element.OperandsDir;
import org.jmlir.text.format.Element.OptionalGroup;
import org.jmlir.text.format.Element.RegionVar;
import org.jmlir.text.format.Element.RegionsDir;
import org.jmlir.text.format.Element.ResultVar;
import org.jmlir.text.format.Element.ResultsDir;
import org.jmlir.text.format.Element.SuccessorVar;
import org.jmlir.text.format.Element.SuccessorsDir;
import org.jmlir.text.format.Element.TypeDir;
import org.jmlir.text.format.Element.Whitespace;

/** Parses one op with its compiled format (starting after the op name) and fills the operation state. */
final class FormatReader {
    private final CompiledFormat f;
    private final OpAsmParser p;
    private final ParseState ps;

    FormatReader(CompiledFormat f, OpAsmParser p, OperationState state) {
        this.f = f;
        this.p = p;
        this.ps = new ParseState(f.def, state);
    }

    void run() {
        parseAll(f.elements, null);
        ps.finish(p, f.plan);
    }

    private void parseAll(List<Element> els, Element skip) {
        for (Element e : els) if (e != skip) parse(e);
    }

    private void parse(Element e) {
        switch (e) {
            case Literal l -> literal(l, false);
            case Whitespace w -> { }
            case OperandVar v -> operand(v, false);
            case AttrVar a -> attr(a, a.def().optional());
            case RegionVar r -> region(r, false);
            case SuccessorVar s -> successor(s, false);
            case AttrDict d -> {
                List<NamedAttribute> attrs = d.withKeyword() ? p.parseOptionalAttrDictWithKeyword() : p.parseOptionalAttrDict();
                for (NamedAttribute na : attrs) ps.state.addAttribute(na.name(), na.value());
            }
            case TypeDir t -> type(t, false);
            case FunctionalType ft -> {
                FunctionType fn = p.parseFunctionType();
                assignTypes(ft.inputs(), fn.inputs());
                assignTypes(ft.results(), fn.results());
            }
            case OperandsDir o -> ps.allOperands = operandList(false, Arity.VARIADIC);
            case RegionsDir r -> ps.allRegions = regionList(false);
            case SuccessorsDir s -> ps.allSuccessors = successorList(false);
            case Custom c -> custom(c, false);
            case OptionalGroup g -> group(g);
            case OIList o -> oilist(o);
            default -> throw new IllegalStateException("cannot parse format element " + e);
        }
    }

    /** Parses the first element of an optional group if it is there; returns whether it was. */
    private boolean parseOptional(Element e) {
        return switch (e) {
            case Literal l -> literal(l, true);
            case OperandVar v -> operand(v, true);
            case AttrVar a -> attr(a, true);
            case RegionVar r -> region(r, true);
            case SuccessorVar s -> successor(s, true);
            case TypeDir t -> type(t, true);
            case Custom c -> custom(c, true);
            default -> throw new IllegalStateException("cannot start an optional group with " + e);
        };
    }

    private boolean literal(Literal l, boolean optional) {
        String s = l.spelling();
        if (l.isKeyword()) {
            if (optional) return p.parseOptionalKeyword(s);
            p.parseKeyword(s);
        } else {
            if (optional) return p.parseOptional(s);
            p.parse(s);
        }
        return true;
    }

    private boolean operand(OperandVar v, boolean optional) {
        List<UnresolvedOperand> ops = operandList(optional, v.def().arity());
        ps.operands[v.index()] = ops;
        return !ops.isEmpty();
    }

    private List<UnresolvedOperand> operandList(boolean optional, Arity arity) {
        if (arity == Arity.SINGLE && !optional) return List.of(p.parseOperand());
        UnresolvedOperand first = p.parseOptionalOperand();
        if (first == null) return List.of();
        List<UnresolvedOperand> out = new ArrayList<>();
        out.add(first);
        if (arity == Arity.VARIADIC) while (p.parseOptional(",")) out.add(p.parseOperand());
        return out;
    }

    private boolean attr(AttrVar a, boolean optional) {
        AttrSyntax syntax = f.syntax(a);
        Attribute value = optional ? syntax.parseOptional(p) : syntax.parse(p);
        if (value == null) return false;
        ps.state.addProperty(a.name(), value);
        return true;
    }

    private boolean region(RegionVar r, boolean optional) {
        if (r.def().variadic()) {
            List<Region> rs = regionList(optional);
            ps.regions[r.index()] = rs;
            return !rs.isEmpty();
        }
        Region region = new Region();
        if (optional) {
            if (!p.parseOptionalRegion(region, null)) return false;
        } else {
            p.parseRegion(region, null);
        }
        ps.regions[r.index()] = List.of(region);
        return true;
    }

    private List<Region> regionList(boolean optional) {
        List<Region> out = new ArrayList<>();
        Region first = new Region();
        if (!p.parseOptionalRegion(first, null)) return out;
        out.add(first);
        while (p.parseOptional(",")) {
            Region r = new Region();
            p.parseRegion(r, null);
            out.add(r);
        }
        return out;
    }

    private boolean successor(SuccessorVar s, boolean optional) {
        List<Block> bs;
        if (s.def().variadic()) {
            bs = successorList(optional);
        } else if (optional) {
            Block b = p.parseOptionalSuccessor();
            bs = b == null ? List.of() : List.of(b);
        } else {
            bs = List.of(p.parseSuccessor());
        }
        ps.successors[s.index()] = bs;
        return !bs.isEmpty();
    }

    private List<Block> successorList(boolean optional) {
        List<Block> out = new ArrayList<>();
        Block first = p.parseOptionalSuccessor();
        if (first == null) return out;
        out.add(first);
        while (p.parseOptional(",")) out.add(p.parseSuccessor());
        return out;
    }

    private boolean type(TypeDir t, boolean optional) {
        Arity arity = switch (t.arg()) {
            case OperandVar v -> v.def().arity();
            case ResultVar r -> r.def().arity();
            default -> Arity.VARIADIC;
        };
        List<Type> ts;
        if (arity == Arity.SINGLE && !optional) {
            ts = List.of(p.parseType());
        } else {
            Type first = p.parseOptionalType();
            if (first == null) {
                ts = List.of();
            } else {
                ts = new ArrayList<>();
                ts.add(first);
                if (arity == Arity.VARIADIC) while (p.parseOptional(",")) ts.add(p.parseType());
            }
        }
        assignTypes(t.arg(), ts);
        return !ts.isEmpty();
    }

    private void assignTypes(Element arg, List<Type> ts) {
        switch (arg) {
            case OperandVar v -> ps.operandTypes[v.index()] = ts;
            case ResultVar r -> ps.resultTypes[r.index()] = ts;
            case OperandsDir o -> ps.allOperandTypes = ts;
            case ResultsDir r -> ps.allResultTypes = ts;
            default -> throw new IllegalStateException("not a type argument: " + arg);
        }
    }

    private boolean custom(Custom c, boolean optional) {
        boolean found = f.directive(c.name()).parse(p, new ReaderArgs(ps, c.args()));
        if (!found && !optional) throw p.error("expected custom<" + c.name() + ">");
        return found;
    }

    private void group(OptionalGroup g) {
        Element skip = f.shape.elidedAnchor(g);
        Element first = FormatVerifier.firstParsable(g.thenElements());
        if (parseOptional(first)) {
            boolean after = false;
            for (Element e : g.thenElements()) {
                if (after && e != skip) parse(e);
                if (e == first) after = true;
            }
            if (skip instanceof AttrVar a) ps.state.addProperty(a.name(), UnitAttr.UNIT);
        } else {
            parseAll(g.elseElements(), skip);
        }
    }

    private void oilist(OIList o) {
        Set<OIList.Clause> seen = new HashSet<>();
        boolean matched = true;
        while (matched) {
            matched = false;
            for (OIList.Clause c : o.clauses()) {
                if (!p.parseOptionalKeyword(c.keyword().spelling())) continue;
                if (!seen.add(c)) {
                    throw p.error("'" + c.keyword().spelling()
                        + "' clause can appear at most once in the expansion of the oilist directive");
                }
                if (f.shape.isUnitClause(c)) ps.state.addProperty(((AttrVar) c.elements().get(0)).name(), UnitAttr.UNIT);
                else parseAll(c.elements(), null);
                matched = true;
                break;
            }
        }
    }
}

package org.jmlir.text.format;

import java.util.List;
import java.util.Map;
import org.jmlir.ods.AttrDef;
import org.jmlir.ods.OpDef;
import org.jmlir.text.format.Element.AttrDict;
import org.jmlir.text.format.Element.AttrVar;
import org.jmlir.text.format.Element.Custom;
import org.jmlir.text.format.Element.FunctionalType;
import org.jmlir.text.format.Element.Literal;
import org.jmlir.text.format.Element.OperandVar;
import org.jmlir.text.format.Element.OptionalGroup;
import org.jmlir.text.format.Element.Ref;
import org.jmlir.text.format.Element.RegionVar;
import org.jmlir.text.format.Element.RegionsDir;
import org.jmlir.text.format.Element.ResultVar;
import org.jmlir.text.format.Element.SuccessorVar;
import org.jmlir.text.format.Element.TypeDir;
import org.jmlir.text.format.Element.Whitespace;

/** The structural checks of MLIR's format generator: optional groups, everything bound, no ambiguities. */
final class FormatVerifier {
    private FormatVerifier() {}

    /** The first element of a list that is not whitespace, or null. */
    static Element firstParsable(List<Element> els) {
        for (Element e : els) if (!(e instanceof Whitespace)) return e;
        return null;
    }

    static void checkOptionalGroup(OptionalGroup g, Map<Element, Integer> cols, FormatErrors errors) {
        Element first = firstParsable(g.thenElements());
        boolean firstOk = switch (first) {
            case Literal l -> true;
            case OperandVar v -> true;
            case AttrVar v -> true;
            case RegionVar v -> true;
            case SuccessorVar v -> true;
            case TypeDir t -> true;
            case Custom c -> true;
            case null, default -> false;
        };
        if (!firstOk) {
            int col = first == null ? cols.get(g) : cols.get(first);
            throw errors.at(col, "first parsable element of an optional group must be a literal, variable, "
                + "type directive or custom directive");
        }
        if (!g.elseElements().isEmpty() && firstParsable(g.elseElements()) == null) {
            throw errors.at(cols.get(g), "the else branch of an optional group must contain a parsable element");
        }
        checkAnchor(g.anchor(), cols.get(g.anchor()), errors);
        for (Element e : g.thenElements()) checkGroupElement(e, cols.get(e), errors);
        for (Element e : g.elseElements()) checkGroupElement(e, cols.get(e), errors);
    }

    private static void checkAnchor(Element e, int col, FormatErrors errors) {
        switch (e) {
            case AttrVar a -> {
                AttrDef d = a.def();
                if (!d.optional() && d.defaultValue() == null) {
                    throw errors.at(col, "only optional or default-valued attributes can be used to anchor an optional group");
                }
            }
            case OperandVar v -> { }
            case RegionVar r -> { }
            case SuccessorVar s -> {
                if (!s.def().variadic()) throw errors.at(col, "only variadic successors can anchor an optional group");
            }
            case TypeDir t -> { }
            case FunctionalType f -> { }
            case Custom c -> {
                for (Element a : c.args()) {
                    if (a instanceof Ref || a instanceof Element.StringArg) continue;
                    if (a instanceof AttrDict) throw errors.at(col, "'attr-dict' cannot anchor an optional group");
                    checkAnchor(a, col, errors);
                }
            }
            default -> throw errors.at(col, "only variables and types can be used to anchor an optional group");
        }
    }

    private static void checkGroupElement(Element e, int col, FormatErrors errors) {
        switch (e) {
            case OperandVar v -> {
                if (!v.def().arity().isVariable()) {
                    throw errors.at(col, "only variable length operands can be used within an optional group");
                }
            }
            case ResultVar v -> {
                if (!v.def().arity().isVariable()) {
                    throw errors.at(col, "only variable length results can be used within an optional group");
                }
            }
            case TypeDir t -> checkGroupElement(t.arg(), col, errors);
            case FunctionalType f -> {
                checkGroupElement(f.inputs(), col, errors);
                checkGroupElement(f.results(), col, errors);
            }
            case Literal l -> { }
            case Whitespace w -> { }
            case AttrVar a -> { }
            case RegionVar r -> { }
            case SuccessorVar s -> { }
            case Custom c -> { }
            case OptionalGroup g -> { }
            default -> throw errors.at(col, "only literals, types, and variables can be used within an optional group");
        }
    }

    /** Checks that everything the op declares is bound and that the format has an attribute dictionary. */
    static void checkComplete(OpDef def, Bindings b, FormatErrors errors) {
        if (!b.attrDict) throw errors.whole("'attr-dict' directive not found in custom assembly format");
        for (int i = 0; i < def.operands().size(); i++) {
            if (!b.operands[i]) {
                throw errors.whole("operand #" + i + ", named '" + def.operands().get(i).name() + "', not found");
            }
        }
        for (int i = 0; i < def.regions().size(); i++) {
            if (!b.regionBound(def.regions().get(i).name())) {
                throw errors.whole("region #" + i + ", named '" + def.regions().get(i).name() + "', not found");
            }
        }
        for (int i = 0; i < def.successors().size(); i++) {
            if (!b.successorBound(def.successors().get(i).name())) {
                throw errors.whole("successor #" + i + ", named '" + def.successors().get(i).name() + "', not found");
            }
        }
    }

    /**
     * Rejects a {@code `:`} right after an attribute that is parsed with its type (the attribute parser would take
     * the colon), and an attribute dictionary right before a region (both start with a brace).
     */
    static void checkAmbiguities(List<Element> els, Map<AttrVar, AttrSyntax> syntaxes, Map<Element, Integer> cols,
                                 FormatErrors errors) {
        Element prev = null;
        for (Element e : els) {
            if (e instanceof Whitespace) continue;
            if (prev instanceof AttrVar a && e instanceof Literal l && l.spelling().equals(":")
                && syntaxes.get(a).takesTrailingType()) {
                throw errors.at(cols.get(e), "format ambiguity caused by `:` literal found after attribute `" + a.name()
                    + "` which does not have a buildable type (declare its type with FormatHints.attrType)");
            }
            if (prev instanceof AttrDict d && !d.withKeyword() && (e instanceof RegionVar || e instanceof RegionsDir)) {
                throw errors.at(cols.get(e), "format ambiguity caused by `attr-dict` directive followed by region"
                    + (e instanceof RegionVar r ? " `" + r.name() + "`" : "s") + " (use `attr-dict-with-keyword`)");
            }
            if (e instanceof OptionalGroup g) {
                checkAmbiguities(g.thenElements(), syntaxes, cols, errors);
                checkAmbiguities(g.elseElements(), syntaxes, cols, errors);
            }
            prev = e;
        }
    }
}

package org.jmlir.text.format;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jmlir.text.format.Element.AttrDict;
import org.jmlir.text.format.Element.Literal;
import org.jmlir.text.format.Element.OIList;
import org.jmlir.text.format.Element.OptionalGroup;
import org.jmlir.text.format.Element.Whitespace;

/**
 * Decides, once per format, which printed elements get a space before them, following MLIR's generated printers:
 * the state ({@code shouldEmitSpace}, {@code lastWasPunctuation}) is threaded through the elements in format order,
 * through both branches of optional groups as written, independent of what is present at run time.
 */
final class Spacing {
    private final Map<Element, Boolean> spaceBefore = new IdentityHashMap<>();
    private final CompiledFormat.Shape shape;
    private boolean shouldEmitSpace = true;
    private boolean lastWasPunctuation = false;

    private Spacing(CompiledFormat.Shape shape) { this.shape = shape; }

    static Map<Element, Boolean> compute(List<Element> elements, CompiledFormat.Shape shape) {
        Spacing s = new Spacing(shape);
        s.walk(elements, null);
        return s.spaceBefore;
    }

    /** MLIR's shouldEmitSpaceBefore: whether a literal wants a space before it. */
    static boolean shouldEmitSpaceBefore(String value, boolean lastWasPunctuation) {
        if (value.length() != 1 && !value.equals("->")) return true;
        if (lastWasPunctuation) return ">)}],".indexOf(value.charAt(0)) < 0;
        return "<>(){}[],".indexOf(value.charAt(0)) < 0;
    }

    private void walk(List<Element> els, Element skip) {
        for (Element e : els) if (e != skip) visit(e);
    }

    private void visit(Element e) {
        switch (e) {
            case Literal l -> literal(l);
            case Whitespace w -> {
                if (w.isNewline()) return;
                lastWasPunctuation = w.value().isEmpty();
                shouldEmitSpace = false;
            }
            case OptionalGroup g -> {
                Element skip = shape.elidedAnchor(g);
                walk(g.thenElements(), skip);
                walk(g.elseElements(), skip);
            }
            case OIList o -> {
                for (OIList.Clause c : o.clauses()) {
                    literal(c.keyword());
                    if (!shape.isUnitClause(c)) walk(c.elements(), null);
                }
            }
            case AttrDict d -> lastWasPunctuation = false;
            default -> {
                spaceBefore.put(e, shouldEmitSpace || !lastWasPunctuation);
                lastWasPunctuation = false;
                shouldEmitSpace = true;
            }
        }
    }

    private void literal(Literal l) {
        String v = l.spelling();
        spaceBefore.put(l, shouldEmitSpace && shouldEmitSpaceBefore(v, lastWasPunctuation));
        shouldEmitSpace = v.length() != 1 || "<({[".indexOf(v.charAt(0)) < 0;
        lastWasPunctuation = !(v.charAt(0) == '_' || Character.isLetter(v.charAt(0)));
    }
}

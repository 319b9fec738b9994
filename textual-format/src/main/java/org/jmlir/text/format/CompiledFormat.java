package org.jmlir.text.format;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ods.CustomAssembly;
import org.jmlir.ods.OpDef;
import org.jmlir.text.format.Element.AttrVar;
import org.jmlir.text.format.Element.OIList;
import org.jmlir.text.format.Element.OptionalGroup;

/** A format compiled against its op: the elements plus everything decided once (spellings, spacing, type plan). */
final class CompiledFormat implements CustomAssembly {
    /** The unit-attribute anchors of optional groups that are implied rather than printed, and unit oilist clauses. */
    record Shape(Map<OptionalGroup, Element> elidedAnchors, Set<OIList.Clause> unitClauses) {
        Element elidedAnchor(OptionalGroup g) { return elidedAnchors.get(g); }

        boolean isUnitClause(OIList.Clause c) { return unitClauses.contains(c); }
    }

    final OpDef def;
    final List<Element> elements;
    final FormatHints hints;
    final Map<AttrVar, AttrSyntax> syntaxes;
    final Shape shape;
    final Map<Element, Boolean> spaceBefore;
    final TypePlan plan;
    /** Attributes the format spells itself: left out of attr-dict. */
    final Set<String> formatAttrs;
    final boolean allOperands;
    final boolean allResultTypes;

    CompiledFormat(OpDef def, List<Element> elements, FormatHints hints, Map<AttrVar, AttrSyntax> syntaxes, Shape shape,
                   TypePlan plan, Set<String> formatAttrs, boolean allOperands, boolean allResultTypes) {
        this.def = def;
        this.elements = elements;
        this.hints = hints;
        this.syntaxes = syntaxes;
        this.shape = shape;
        this.plan = plan;
        this.formatAttrs = formatAttrs;
        this.allOperands = allOperands;
        this.allResultTypes = allResultTypes;
        this.spaceBefore = Collections.unmodifiableMap(new IdentityHashMap<>(Spacing.compute(elements, shape)));
    }

    boolean space(Element e) { return Boolean.TRUE.equals(spaceBefore.get(e)); }

    AttrSyntax syntax(AttrVar a) { return syntaxes.get(a); }

    /** The directive for {@code custom<name>}: the op's own hint first, then the registry. */
    CustomDirective directive(String name) {
        CustomDirective d = hints.customDirectives.get(name);
        if (d == null) d = CustomDirectives.lookup(name);
        if (d == null) {
            throw new IllegalStateException("custom directive '" + name + "' used by the assembly format of '"
                + def.name() + "' is not registered (CustomDirectives.register or FormatHints.customDirective)");
        }
        return d;
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
        new FormatReader(this, parser, state).run();
    }

    @Override
    public void print(Operation op, OpAsmPrinter printer) {
        new FormatPrinter(this, op, printer).run();
    }

    @Override
    public String toString() { return "CompiledFormat(" + def.name() + ": " + def.assemblyFormat() + ")"; }
}

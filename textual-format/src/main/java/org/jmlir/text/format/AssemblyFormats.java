package org.jmlir.text.format;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jmlir.ods.CustomAssembly;
import org.jmlir.ods.OpDef;
import org.jmlir.text.format.Element.AttrVar;
import org.jmlir.text.format.Element.Custom;
import org.jmlir.text.format.Element.FunctionalType;
import org.jmlir.text.format.Element.OIList;
import org.jmlir.text.format.Element.OptionalGroup;
import org.jmlir.text.format.Element.Ref;
import org.jmlir.text.format.Element.TypeDir;

/**
 * Compiles MLIR's declarative assembly format of an op into its custom parser and printer. Cache the result with
 * {@code def.derived(AssemblyFormats.class, AssemblyFormats::compile)}.
 */
public final class AssemblyFormats {
    private AssemblyFormats() {}

    /**
     * The custom form described by {@code def.assemblyFormat()}.
     *
     * @throws IllegalArgumentException when the format is malformed or does not fit the op; the message names the
     *     op and the column
     */
    public static CustomAssembly compile(OpDef def) {
        String format = def.assemblyFormat();
        if (format == null) throw new IllegalArgumentException("op '" + def.name() + "' has no assembly format");
        FormatErrors errors = new FormatErrors(def.name(), format);
        FormatParser parser = new FormatParser(def, errors);
        List<Element> elements = List.copyOf(parser.parse());
        FormatVerifier.checkComplete(def, parser.bound, errors);

        FormatHints hints = def.getInterface(FormatHints.class);
        if (hints == null) hints = FormatHints.NONE;
        Map<AttrVar, AttrSyntax> syntaxes = new IdentityHashMap<>();
        Set<String> formatAttrs = new HashSet<>();
        FormatHints h = hints;
        walk(elements, e -> {
            if (e instanceof AttrVar a) {
                syntaxes.put(a, AttrSyntax.of(a, h));
                formatAttrs.add(a.name());
            }
        });
        FormatVerifier.checkAmbiguities(elements, syntaxes, parser.columns, errors);
        CompiledFormat.Shape shape = shape(elements, syntaxes);
        TypePlan plan = TypePlan.plan(def, parser.bound, hints, errors);
        return new CompiledFormat(def, elements, hints, syntaxes, shape, plan, Set.copyOf(formatAttrs),
            parser.bound.allOperands, parser.bound.allResultTypes);
    }

    /** Visits every element, nested ones included (group branches, oilist clauses, directive arguments). */
    static void walk(List<Element> els, Consumer<Element> visit) {
        for (Element e : els) {
            visit.accept(e);
            switch (e) {
                case OptionalGroup g -> {
                    walk(g.thenElements(), visit);
                    walk(g.elseElements(), visit);
                }
                case OIList o -> {
                    for (OIList.Clause c : o.clauses()) walk(c.elements(), visit);
                }
                case Custom c -> walk(c.args(), visit);
                case Ref r -> walk(List.of(r.arg()), visit);
                case TypeDir t -> walk(List.of(t.arg()), visit);
                case FunctionalType ft -> walk(List.of(ft.inputs(), ft.results()), visit);
                default -> { }
            }
        }
    }

    /** Unit-attribute anchors that are implied by their group (not its first element), and unit oilist clauses. */
    private static CompiledFormat.Shape shape(List<Element> elements, Map<AttrVar, AttrSyntax> syntaxes) {
        Map<OptionalGroup, Element> elided = new IdentityHashMap<>();
        Set<OIList.Clause> unitClauses = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        walk(elements, e -> {
            if (e instanceof OptionalGroup g && g.anchor() instanceof AttrVar a && syntaxes.get(a).isUnit()
                && g.anchor() != FormatVerifier.firstParsable(g.thenElements())
                && g.anchor() != FormatVerifier.firstParsable(g.elseElements())) {
                elided.put(g, a);
            }
            if (e instanceof OIList o) {
                for (OIList.Clause c : o.clauses()) {
                    if (c.elements().size() == 1 && c.elements().get(0) instanceof AttrVar a && syntaxes.get(a).isUnit()) {
                        unitClauses.add(c);
                    }
                }
            }
        });
        return new CompiledFormat.Shape(elided, unitClauses);
    }
}

package org.jmlir.text.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.ir.Context;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.TypedAttribute;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.Arity;

/**
 * Runs a {@link TypePlan} after parsing: starting from the spelled types, propagates types along sources, then
 * buildable types, then inference functions, until every slot with values has types.
 */
final class TypeResolver implements FormatHints.InferenceContext {
    private final TypePlan plan;
    private final ParseState ps;
    private final OpAsmParser parser;
    /** The types of each slot, or null while unknown. */
    final List<Type>[] types;

    @SuppressWarnings("unchecked")
    TypeResolver(TypePlan plan, ParseState ps, OpAsmParser parser, List<Type>[] spelled) {
        this.plan = plan;
        this.ps = ps;
        this.parser = parser;
        this.types = (List<Type>[]) new List<?>[plan.numSlots()];
        for (int i = 0; i < types.length; i++) if (spelled[i] != null) types[i] = spelled[i];
    }

    void resolve() {
        boolean[] ran = new boolean[plan.inferences.size()];
        while (true) {
            if (propagate()) continue;
            if (applyBuildable()) continue;
            if (!runInferences(ran)) break;
        }
        for (int s = 0; s < types.length; s++) {
            if (types[s] != null) continue;
            if (plan.isOperand(s) && ps.operandCount(s) == 0) {
                types[s] = List.of();
                continue;
            }
            if (!plan.isOperand(s) && plan.valueDef(s).arity().isVariable()) {
                types[s] = List.of();
                continue;
            }
            throw parser.error("failed to infer the type of " + (plan.isOperand(s) ? "operand" : "result") + " '"
                + plan.valueDef(s).name() + "'");
        }
    }

    private boolean propagate() {
        boolean any = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int t = 0; t < types.length; t++) {
                if (types[t] != null) continue;
                for (TypePlan.Source src : plan.sources.get(t)) {
                    List<Type> from = sourceTypes(src.name());
                    if (from == null || from.isEmpty()) continue;
                    List<Type> mapped = new ArrayList<>(from.size());
                    for (Type x : from) mapped.add(src.transform().apply(x));
                    types[t] = shape(t, mapped);
                    changed = any = true;
                    break;
                }
            }
        }
        return any;
    }

    private boolean applyBuildable() {
        boolean any = false;
        for (int t = 0; t < types.length; t++) {
            if (types[t] == null && plan.buildable[t] != null) {
                types[t] = shape(t, List.of(plan.buildable[t]));
                any = true;
            }
        }
        return any;
    }

    private boolean runInferences(boolean[] ran) {
        boolean any = false;
        for (int i = 0; i < ran.length; i++) {
            if (ran[i]) continue;
            boolean needed = false;
            for (int t : plan.inferenceTargets.get(i)) if (types[t] == null) needed = true;
            if (!needed) continue;
            ran[i] = true;
            plan.inferences.get(i).infer(this);
            any = true;
        }
        return any;
    }

    /** Fits a list of types to a slot: one per operand of an operand group, one for a non-variadic result. */
    private List<Type> shape(int slot, List<Type> ts) {
        if (plan.isOperand(slot)) {
            int count = ps.operandCount(slot);
            if (ts.size() == count) return ts;
            return Collections.nCopies(count, ts.get(0));
        }
        if (plan.valueDef(slot).arity() != Arity.VARIADIC && ts.size() != 1) return List.of(ts.get(0));
        return ts;
    }

    private List<Type> sourceTypes(String name) {
        int s = plan.slot(name);
        if (s >= 0) return types[s];
        Attribute a = attribute(name);
        return a instanceof TypedAttribute ta ? List.of(ta.type()) : null;
    }

    private int slotOrThrow(String name) {
        int s = plan.slot(name);
        if (s < 0) throw new IllegalArgumentException("'" + name + "' is no operand or result of " + plan.def.name());
        return s;
    }

    // ---- InferenceContext

    @Override public Context context() { return parser.context(); }

    @Override
    public Type type(String name) {
        List<Type> ts = types(name);
        return ts == null || ts.isEmpty() ? null : ts.get(0);
    }

    @Override public List<Type> types(String name) { return sourceTypes(name); }

    @Override
    public Attribute attribute(String name) {
        Attribute a = ps.state.properties.get(name);
        return a != null ? a : ps.state.attributes.get(name);
    }

    @Override
    public int operandCount(String name) {
        int s = slotOrThrow(name);
        if (!plan.isOperand(s)) throw new IllegalArgumentException("'" + name + "' is a result, not an operand group");
        return ps.operandCount(s);
    }

    @Override public void setType(String name, Type type) { types[slotOrThrow(name)] = shape(slotOrThrow(name), List.of(type)); }

    @Override public void setTypes(String name, List<Type> ts) { types[slotOrThrow(name)] = List.copyOf(ts); }
}

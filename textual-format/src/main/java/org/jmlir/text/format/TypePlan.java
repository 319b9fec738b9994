package org.jmlir.text.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Trait;
import org.jmlir.ods.ValueDef;

/**
 * How the parser finds the type of each operand and result group the format does not spell: from another group or
 * a typed attribute (hints, SameOperandsAndResultType, SameTypeOperands), from the constraint's buildable type, or
 * from a hint's inference function. Slots are the operand groups followed by the result groups.
 */
final class TypePlan {
    /** The type of a slot equals {@code transform} of the type of {@code name} (a group or a typed attribute). */
    record Source(String name, UnaryOperator<Type> transform) {
    }

    final OpDef def;
    final int numOperandGroups;
    final boolean[] spelled;
    final List<List<Source>> sources = new ArrayList<>();
    final Type[] buildable;
    /** Inferences with their targets as slot indices. */
    final List<FormatHints.TypeInference> inferences = new ArrayList<>();
    final List<int[]> inferenceTargets = new ArrayList<>();

    private TypePlan(OpDef def) {
        this.def = def;
        this.numOperandGroups = def.operands().size();
        int n = numOperandGroups + def.results().size();
        spelled = new boolean[n];
        buildable = new Type[n];
        for (int i = 0; i < n; i++) sources.add(new ArrayList<>());
    }

    int numSlots() { return spelled.length; }

    boolean isOperand(int slot) { return slot < numOperandGroups; }

    ValueDef valueDef(int slot) {
        return slot < numOperandGroups ? def.operands().get(slot) : def.results().get(slot - numOperandGroups);
    }

    /** The slot of an operand or result group name, or -1. */
    int slot(String name) {
        int i = def.operandIndex(name);
        if (i >= 0) return i;
        int r = def.resultIndex(name);
        return r >= 0 ? numOperandGroups + r : -1;
    }

    static TypePlan plan(OpDef def, Bindings b, FormatHints hints, FormatErrors errors) {
        TypePlan p = new TypePlan(def);
        int n = p.numSlots();
        for (int i = 0; i < p.numOperandGroups; i++) p.spelled[i] = b.operandTypes[i];
        for (int r = 0; r < def.results().size(); r++) p.spelled[p.numOperandGroups + r] = b.resultTypes[r];

        for (String name : hints.mentionedNames()) {
            if (p.slot(name) < 0 && def.attribute(name) == null) {
                throw errors.whole("format hint names '" + name + "', which is no operand, result or attribute");
            }
        }
        for (FormatHints.TypeRule rule : hints.rules) {
            int t = p.slot(rule.target());
            if (t < 0) continue; // an attribute: only a source of types (AllTypesMatch<["value", "result"]>)
            p.sources.get(t).add(new Source(rule.source(), rule.transform()));
        }
        boolean sameAll = def.hasTrait(Trait.SAME_OPERANDS_AND_RESULT_TYPE);
        boolean sameOperands = sameAll || def.hasTrait(Trait.SAME_TYPE_OPERANDS);
        for (int t = 0; t < n; t++) {
            boolean targetIsOperand = p.isOperand(t);
            for (int s = 0; s < n; s++) {
                if (s == t) continue;
                boolean srcIsOperand = p.isOperand(s);
                if (sameAll || sameOperands && targetIsOperand && srcIsOperand) {
                    p.sources.get(t).add(new Source(p.valueDef(s).name(), x -> x));
                }
            }
            ValueDef vd = p.valueDef(t);
            Type bt = vd.constraint().buildable();
            if (bt != null && (targetIsOperand || !vd.arity().isVariable())) p.buildable[t] = bt;
        }
        for (FormatHints.Inference inf : hints.inferences) {
            List<Integer> targets = new ArrayList<>();
            for (String name : inf.targets()) {
                if (name.equals(FormatHints.Builder.ALL_RESULTS)) {
                    for (int r = p.numOperandGroups; r < n; r++) if (!p.spelled[r]) targets.add(r);
                } else {
                    int s = p.slot(name);
                    if (s < 0) throw errors.whole("format hint infers the type of '" + name + "', which is no operand or result");
                    targets.add(s);
                }
            }
            p.inferences.add(inf.fn());
            p.inferenceTargets.add(targets.stream().mapToInt(Integer::intValue).toArray());
        }
        p.checkResolvable(errors);
        return p;
    }

    /** Simulates resolution on "known" flags: every slot must end up with a type. */
    private void checkResolvable(FormatErrors errors) {
        int n = numSlots();
        boolean[] known = spelled.clone();
        for (int[] targets : inferenceTargets) for (int t : targets) known[t] = true;
        for (int t = 0; t < n; t++) if (buildable[t] != null) known[t] = true;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int t = 0; t < n; t++) {
                if (known[t]) continue;
                for (Source s : sources.get(t)) {
                    int ss = slot(s.name());
                    if (ss >= 0 ? known[ss] : def.attribute(s.name()) != null) {
                        known[t] = changed = true;
                        break;
                    }
                }
            }
        }
        for (int t = 0; t < n; t++) {
            if (known[t]) continue;
            boolean operand = isOperand(t);
            int idx = operand ? t : t - numOperandGroups;
            String name = valueDef(t).name();
            throw errors.whole("type of " + (operand ? "operand" : "result") + " #" + idx + ", named '" + name
                + "', is not buildable and a buildable type cannot be inferred; add a 'type($" + name
                + ")' directive to the format or a FormatHints rule");
        }
    }
}

package org.jmlir.text.format;

import java.util.HashSet;
import java.util.Set;
import org.jmlir.ods.OpDef;

/** What a format binds: each operand, operand/result type, attribute, region and successor at most once. */
final class Bindings {
    private final OpDef def;
    final boolean[] operands;
    final boolean[] operandTypes;
    final boolean[] resultTypes;
    final Set<String> names = new HashSet<>();
    boolean attrDict;
    boolean allOperands;
    boolean allOperandTypes;
    boolean allResultTypes;
    boolean allRegions;
    boolean allSuccessors;

    Bindings(OpDef def) {
        this.def = def;
        operands = new boolean[def.operands().size()];
        operandTypes = new boolean[def.operands().size()];
        resultTypes = new boolean[def.results().size()];
    }

    void bindOperand(int i, FormatErrors errors, int col, String name) {
        if (operands[i] || allOperands) throw errors.at(col, "operand '" + name + "' is already bound");
        operands[i] = true;
    }

    void bindOperandType(int i, FormatErrors errors, int col, String name) {
        if (operandTypes[i] || allOperandTypes) throw errors.at(col, "'type($" + name + ")' is already bound");
        operandTypes[i] = true;
    }

    void bindResultType(int i, FormatErrors errors, int col, String name) {
        if (resultTypes[i] || allResultTypes) throw errors.at(col, "'type($" + name + ")' is already bound");
        resultTypes[i] = true;
    }

    void bind(String what, String name, FormatErrors errors, int col) {
        if (names.contains(name)
            || what.equals("region") && allRegions || what.equals("successor") && allSuccessors) {
            throw errors.at(col, what + " '" + name + "' is already bound");
        }
        names.add(name);
    }

    void bindAllOperands(FormatErrors errors, int col) {
        for (boolean b : operands) if (b) throw errors.at(col, "'operands' directive creates overlap in format");
        if (allOperands) throw errors.at(col, "'operands' directive is already bound");
        allOperands = true;
        java.util.Arrays.fill(operands, true);
    }

    void bindAllOperandTypes(FormatErrors errors, int col) {
        for (boolean b : operandTypes) if (b) throw errors.at(col, "'type(operands)' creates overlap in format");
        if (allOperandTypes) throw errors.at(col, "'type(operands)' is already bound");
        allOperandTypes = true;
        java.util.Arrays.fill(operandTypes, true);
    }

    void bindAllResultTypes(FormatErrors errors, int col) {
        for (boolean b : resultTypes) if (b) throw errors.at(col, "'type(results)' creates overlap in format");
        if (allResultTypes) throw errors.at(col, "'type(results)' is already bound");
        allResultTypes = true;
        java.util.Arrays.fill(resultTypes, true);
    }

    void bindAllRegions(FormatErrors errors, int col) {
        for (var r : def.regions()) if (names.contains(r.name())) throw errors.at(col, "'regions' directive creates overlap in format");
        if (allRegions) throw errors.at(col, "'regions' directive is already bound");
        allRegions = true;
    }

    void bindAllSuccessors(FormatErrors errors, int col) {
        for (var s : def.successors()) {
            if (names.contains(s.name())) throw errors.at(col, "'successors' directive creates overlap in format");
        }
        if (allSuccessors) throw errors.at(col, "'successors' directive is already bound");
        allSuccessors = true;
    }

    boolean regionBound(String name) { return allRegions || names.contains(name); }

    boolean successorBound(String name) { return allSuccessors || names.contains(name); }

    /** Whether {@code ref($name)} / {@code ref(type($name))} may refer to it: something of that name is bound. */
    boolean isBoundForRef(String name) {
        int oi = def.operandIndex(name);
        if (oi >= 0) return operands[oi] || operandTypes[oi];
        int ri = def.resultIndex(name);
        if (ri >= 0) return resultTypes[ri];
        return names.contains(name) || regionBound(name) && def.regionIndex(name) >= 0
            || successorBound(name) && def.successorIndex(name) >= 0;
    }
}

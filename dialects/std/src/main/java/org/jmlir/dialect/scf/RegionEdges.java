package org.jmlir.dialect.scf;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.asm.AsmText;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.type.Type;

/**
 * The check MLIR's RegionBranchOpInterface runs on each control-flow edge of a region op: the values passed along
 * the edge must match the inputs of its target in number and type. Messages are MLIR's, e.g.
 * {@code along control flow edge from Operation scf.yield to parent: region branch point has 0 operands, but region
 * successor needs 1 inputs}, with a note at the branch point.
 */
public final class RegionEdges {
    private RegionEdges() {}

    /** Source/target spellings used in the messages. */
    public static final String PARENT = "parent";

    private static final String[] REGIONS = {"Region #0", "Region #1", "Region #2", "Region #3"};

    public static String region(int index) { return index < REGIONS.length ? REGIONS[index] : "Region #" + index; }

    public static String from(Operation terminator) { return "Operation " + terminator.name(); }

    /**
     * Checks one edge of {@code op}. {@code point} is the op that passes the values (the terminator, or {@code op}
     * itself for edges entering from the parent).
     */
    public static boolean check(Operation op, Operation point, String from, String to, List<? extends Value> operands,
                                List<Type> inputs) {
        if (operands.size() != inputs.size()) {
            op.emitOpError(prefix(from, to) + "region branch point has " + operands.size()
                + " operands, but region successor needs " + inputs.size() + " inputs")
                .attachNote(point.location(), "region branch point");
            return false;
        }
        for (int i = 0; i < inputs.size(); i++) {
            Type actual = operands.get(i).type();
            if (actual != inputs.get(i) && !actual.equals(inputs.get(i))) {
                op.emitOpError(prefix(from, to) + "successor operand type #" + i + " '" + AsmText.of(actual)
                    + "' should match successor input type #" + i + " '" + AsmText.of(inputs.get(i)) + "'")
                    .attachNote(point.location(), "region branch point");
                return false;
            }
        }
        return true;
    }

    private static String prefix(String from, String to) {
        return "along control flow edge from " + from + " to " + to + ": ";
    }

    public static List<Type> types(List<? extends Value> values) {
        List<Type> out = new ArrayList<>(values.size());
        for (Value v : values) out.add(v.type());
        return out;
    }
}

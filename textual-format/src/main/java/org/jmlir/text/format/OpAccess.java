package org.jmlir.text.format;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.RegionDef;
import org.jmlir.ods.Segments;
import org.jmlir.ods.SuccessorDef;

/** Reads an op's declared groups for printing (operand/result groups through {@link Segments}). */
final class OpAccess {
    private OpAccess() {}

    static List<Value> operands(Operation op, int group) {
        int[] r = Segments.operandRange(op, group);
        if (r == null) throw new IllegalStateException(op.name() + ": operand counts do not match the definition");
        return op.operands().subList(r[0], r[0] + r[1]);
    }

    static List<Type> operandTypes(Operation op, int group) {
        List<Type> out = new ArrayList<>();
        for (Value v : operands(op, group)) out.add(v.type());
        return out;
    }

    static List<Type> resultTypes(Operation op, int group) {
        int[] r = Segments.resultRange(op, group);
        if (r == null) throw new IllegalStateException(op.name() + ": result counts do not match the definition");
        return op.resultTypes().subList(r[0], r[0] + r[1]);
    }

    static List<Region> regions(Operation op, int group) {
        OpDef def = op.definition();
        List<RegionDef> defs = def.regions();
        int start = 0;
        for (int i = 0; i < group; i++) start += defs.get(i).variadic() ? op.numRegions() - (defs.size() - 1) : 1;
        int len = defs.get(group).variadic() ? op.numRegions() - (defs.size() - 1) : 1;
        return op.regions().subList(Math.min(start, op.numRegions()), Math.min(start + len, op.numRegions()));
    }

    static List<Block> successors(Operation op, int group) {
        List<SuccessorDef> defs = op.definition().successors();
        int start = 0;
        for (int i = 0; i < group; i++) start += defs.get(i).variadic() ? op.numSuccessors() - (defs.size() - 1) : 1;
        int len = defs.get(group).variadic() ? op.numSuccessors() - (defs.size() - 1) : 1;
        List<Block> all = op.successors();
        return all.subList(Math.min(start, all.size()), Math.min(start + len, all.size()));
    }
}

package org.jmlir.testing;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;

/**
 * A structural rendering of IR for comparing copies: values and blocks are numbered in order of appearance, values
 * from outside print by identity hash so that "same outside value" is visible. Recursive: for small test IR only.
 */
public final class Dump {
    private final Map<Value, String> names = new IdentityHashMap<>();
    private final Map<Block, String> blocks = new IdentityHashMap<>();
    private final StringBuilder out = new StringBuilder();

    public static String of(Operation op) {
        Dump d = new Dump();
        d.op(op, "");
        return d.out.toString();
    }

    private String name(Value v) {
        String n = names.get(v);
        return n != null ? n : "%ext" + System.identityHashCode(v);
    }

    private String block(Block b) {
        return blocks.computeIfAbsent(b, k -> "^bb" + blocks.size());
    }

    private void op(Operation op, String indent) {
        out.append(indent);
        for (int i = 0; i < op.numResults(); i++) {
            names.put(op.result(i), "%" + names.size());
            out.append(i == 0 ? "" : ", ").append(names.get(op.result(i)));
        }
        if (op.numResults() > 0) out.append(" = ");
        out.append('"').append(op.name()).append("\"(");
        for (int i = 0; i < op.numOperands(); i++) out.append(i == 0 ? "" : ", ").append(name(op.operand(i)));
        out.append(')');
        if (op.numSuccessors() > 0) {
            out.append('[');
            for (int i = 0; i < op.numSuccessors(); i++) out.append(i == 0 ? "" : ", ").append(block(op.successor(i)));
            out.append(']');
        }
        out.append(' ').append(op.properties()).append(' ').append(op.attributes()).append(" : ")
            .append(op.resultTypes()).append('\n');
        for (Region r : op.regions()) {
            out.append(indent).append("{\n");
            for (Block b : r.blocks()) {
                out.append(indent).append(block(b)).append('(');
                for (int i = 0; i < b.numArguments(); i++) {
                    names.put(b.argument(i), "%" + names.size());
                    out.append(i == 0 ? "" : ", ").append(names.get(b.argument(i))).append(": ")
                        .append(b.argument(i).type());
                }
                out.append("):\n");
                for (Operation o : b) op(o, indent + "  ");
            }
            out.append(indent).append("}\n");
        }
    }
}

package org.jmlir.ir;

import java.util.List;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.Type;

/**
 * Creates operations at an insertion point: before an op, or at the end of a block. Default-valued inherent
 * attributes are filled in from the op's definition, as MLIR's builders do.
 */
public class Builder {
    private final Context context;
    private Block block;
    private Operation before;

    public Builder(Context context) { this.context = context; }

    public Context context() { return context; }

    public Builder setInsertionPointToEnd(Block b) {
        block = b;
        before = null;
        return this;
    }

    public Builder setInsertionPointToStart(Block b) {
        block = b;
        before = b.firstOp();
        return this;
    }

    public Builder setInsertionPoint(Operation op) {
        block = op.block();
        before = op;
        return this;
    }

    public Builder setInsertionPointAfter(Operation op) {
        block = op.block();
        before = op.next();
        return this;
    }

    /** The block new ops go into: the anchor op's current block when there is one (it may have moved). */
    public Block insertionBlock() { return before != null && before.block() != null ? before.block() : block; }

    /** The op new ops are inserted before, or null for the end of the insertion block. */
    public Operation insertionPointOp() { return before; }

    /** A saved insertion point, to restore after building elsewhere. */
    public record InsertionPoint(Block block, Operation before) {}

    public InsertionPoint saveInsertionPoint() { return new InsertionPoint(block, before); }

    public void restoreInsertionPoint(InsertionPoint ip) {
        block = ip.block();
        before = ip.before();
    }

    /** Inserts an existing, unlinked op at the insertion point. */
    public Operation insert(Operation op) {
        insertionBlock().insertBefore(before, op);
        onOperationInserted(op);
        return op;
    }

    /** Clones {@code op} (with its regions) at the insertion point, mapping operands through {@code mapping}. */
    public Operation clone(Operation op, IRMapping mapping) { return insert(op.clone(mapping)); }

    /** Called for every op this builder creates or inserts into a block; rewriters notify their listeners here. */
    protected void onOperationInserted(Operation op) {}

    /** Called for every block this builder creates. */
    protected void onBlockInserted(Block block) {}

    public OperationState state(String name, Location loc) {
        return new OperationState(context.operationName(name), loc);
    }

    /** Creates the op and inserts it at the insertion point (if one is set). */
    public Operation create(OperationState s) {
        if (s.name.isRegistered()) s.name.definition().populateDefaults(s.properties);
        Operation op = Operation.create(s);
        if (block != null) {
            insertionBlock().insertBefore(before, op);
            onOperationInserted(op);
        }
        return op;
    }

    /** Shorthand for an op without regions or successors; attributes go where the definition says. */
    public Operation create(String name, Location loc, List<? extends Value> operands, List<? extends Type> resultTypes,
                            Object... attrNameValuePairs) {
        OperationState s = state(name, loc).addOperands(operands).addTypes(resultTypes);
        for (int i = 0; i + 1 < attrNameValuePairs.length; i += 2) {
            s.addAttribute((String) attrNameValuePairs[i], (Attribute) attrNameValuePairs[i + 1]);
        }
        return create(s);
    }

    /** Creates a block at the end of {@code region} with the given argument types. */
    public Block createBlock(Region region, List<? extends Type> argTypes, Location loc) {
        Block b = new Block();
        for (Type t : argTypes) b.addArgument(t, loc);
        region.addBlock(b);
        setInsertionPointToEnd(b);
        onBlockInserted(b);
        return b;
    }
}

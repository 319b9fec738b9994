package org.jmlir.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jmlir.asm.AsmText;
import org.jmlir.diag.Diagnostic;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Trait;

/**
 * The one class of every operation: name, operands, results, properties (inherent attributes) and discardable
 * attributes, regions, successors and a location; linked into its parent block. Typed ops are thin views over it.
 */
public final class Operation {
    private static final OpOperand[] NO_OPERANDS = {};
    private static final OpResult[] NO_RESULTS = {};
    private static final BlockOperand[] NO_SUCCESSORS = {};
    private static final Region[] NO_REGIONS = {};

    private final OperationName name;
    private Location location;
    private OpOperand[] operands;
    private final OpResult[] results;
    private BlockOperand[] successors;
    private final Region[] regions;
    private DictionaryAttr properties;
    private DictionaryAttr attributes;
    private boolean explicitProperties;

    private Block block;
    private Operation prev;
    private Operation next;
    int orderIndex;

    private Operation(OperationName name, Location location, List<Type> resultTypes, int numRegions) {
        this.name = name;
        this.location = location == null ? Location.UNKNOWN : location;
        int nr = resultTypes.size();
        this.results = nr == 0 ? NO_RESULTS : new OpResult[nr];
        for (int i = 0; i < nr; i++) results[i] = new OpResult(this, i, resultTypes.get(i));
        this.regions = numRegions == 0 ? NO_REGIONS : new Region[numRegions];
    }

    /** Creates a detached operation from a state; the state's regions are moved into it. */
    public static Operation create(OperationState s) {
        Operation op = new Operation(s.name, s.location, s.resultTypes, s.regions.size());
        op.operands = makeOperands(op, s.operands);
        op.successors = makeSuccessors(op, s.successors);
        for (int i = 0; i < s.regions.size(); i++) {
            Region r = s.regions.get(i);
            if (r.parentOp() != null) throw new IllegalStateException("region already owned by an operation");
            r.setParent(op);
            op.regions[i] = r;
        }
        op.properties = OperationState.toDict(s.properties);
        op.explicitProperties = s.explicitProperties;
        op.attributes = OperationState.toDict(s.attributes);
        return op;
    }

    private static OpOperand[] makeOperands(Operation op, List<Value> vs) {
        if (vs.isEmpty()) return NO_OPERANDS;
        OpOperand[] a = new OpOperand[vs.size()];
        for (int i = 0; i < a.length; i++) a[i] = new OpOperand(op, i, vs.get(i));
        return a;
    }

    private static BlockOperand[] makeSuccessors(Operation op, List<Block> bs) {
        if (bs.isEmpty()) return NO_SUCCESSORS;
        BlockOperand[] a = new BlockOperand[bs.size()];
        for (int i = 0; i < a.length; i++) a[i] = new BlockOperand(op, i, bs.get(i));
        return a;
    }

    // ---- identity

    public OperationName operationName() { return name; }

    public String name() { return name.name(); }

    public OpDef definition() { return name.definition(); }

    public boolean isRegistered() { return name.isRegistered(); }

    public boolean hasTrait(Trait t) { return name.isRegistered() && name.definition().hasTrait(t); }

    /** True for registered terminators, and for unregistered ops (which may be anything). */
    public boolean mightBeTerminator() { return !isRegistered() || hasTrait(Trait.TERMINATOR); }

    public Location location() { return location; }

    public Context context() { return name.context(); }

    /**
     * Reports an error at this op's location. When the context asks for it ({@link Context#printsOpOnDiagnostic}),
     * a note shows the op in the generic form, as MLIR's {@code see current operation: ...}.
     */
    public Diagnostic emitError(String message) {
        Diagnostic d = context().diagnostics().emitError(location, message);
        if (context().printsOpOnDiagnostic()) {
            String text = AsmText.ofOperation(this);
            if (text != null) d.attachNote(location, "see current operation: " + text);
        }
        return d;
    }

    /** Reports an error prefixed with the op name, as MLIR's {@code emitOpError}: {@code 'arith.addi' op ...}. */
    public Diagnostic emitOpError(String message) { return emitError("'" + name() + "' op " + message); }

    public Diagnostic emitWarning(String message) { return context().diagnostics().emitWarning(location, message); }

    public Diagnostic emitRemark(String message) { return context().diagnostics().emitRemark(location, message); }

    public void setLocation(Location loc) { this.location = loc; }

    // ---- operands

    public int numOperands() { return operands.length; }

    public Value operand(int i) { return operands[i].get(); }

    public OpOperand opOperand(int i) { return operands[i]; }

    public List<Value> operands() {
        List<Value> out = new ArrayList<>(operands.length);
        for (OpOperand o : operands) out.add(o.get());
        return out;
    }

    public List<Type> operandTypes() {
        List<Type> out = new ArrayList<>(operands.length);
        for (OpOperand o : operands) out.add(o.get().type());
        return out;
    }

    public void setOperand(int i, Value v) { operands[i].set(v); }

    /** Replaces the whole operand list. */
    public void setOperands(List<? extends Value> vs) {
        for (OpOperand o : operands) o.drop();
        operands = makeOperands(this, new ArrayList<>(vs));
    }

    // ---- results

    public int numResults() { return results.length; }

    public OpResult result(int i) { return results[i]; }

    public List<OpResult> results() { return Arrays.asList(results); }

    public List<Type> resultTypes() {
        List<Type> out = new ArrayList<>(results.length);
        for (OpResult r : results) out.add(r.type());
        return out;
    }

    public boolean hasUsesOfResults() {
        for (OpResult r : results) if (r.hasUses()) return true;
        return false;
    }

    // ---- successors

    public int numSuccessors() { return successors.length; }

    public Block successor(int i) { return successors[i].get(); }

    public BlockOperand blockOperand(int i) { return successors[i]; }

    public List<Block> successors() {
        List<Block> out = new ArrayList<>(successors.length);
        for (BlockOperand b : successors) out.add(b.get());
        return out;
    }

    public void setSuccessor(int i, Block b) { successors[i].set(b); }

    // ---- regions

    public int numRegions() { return regions.length; }

    public Region region(int i) { return regions[i]; }

    public List<Region> regions() { return Arrays.asList(regions); }

    // ---- attributes

    /** Inherent attributes: MLIR's properties, printed in {@code <{...}>} in the generic form. */
    public DictionaryAttr properties() { return properties; }

    public void setProperties(DictionaryAttr d) { properties = d == null ? DictionaryAttr.EMPTY : d; }

    /** True when the generic form should print {@code <{...}>} even if the properties are empty (see OperationState). */
    public boolean hasExplicitProperties() { return explicitProperties || !properties.isEmpty(); }

    /** Discardable attributes, printed in the trailing attribute dictionary. */
    public DictionaryAttr attributes() { return attributes; }

    public void setAttributes(DictionaryAttr d) { attributes = d == null ? DictionaryAttr.EMPTY : d; }

    /** An inherent attribute if present, else a discardable one of that name, else null. */
    public Attribute attr(String n) {
        Attribute a = properties.get(n);
        return a != null ? a : attributes.get(n);
    }

    /** Sets an attribute where it belongs: a property if the op declares it inherent, else discardable. */
    public void setAttr(String n, Attribute value) {
        if (isInherent(n)) properties = properties.with(n, value);
        else attributes = attributes.with(n, value);
    }

    public void removeAttr(String n) {
        properties = properties.without(n);
        attributes = attributes.without(n);
    }

    private boolean isInherent(String n) {
        return isRegistered() ? definition().isInherentAttribute(n) : properties.contains(n);
    }

    // ---- position in the IR

    public Block block() { return block; }

    public Operation prev() { return prev; }

    public Operation next() { return next; }

    void link(Block b, Operation p, Operation n) {
        block = b;
        prev = p;
        next = n;
    }

    void setPrev(Operation p) { prev = p; }

    void setNext(Operation n) { next = n; }

    public Operation parentOp() { return block == null ? null : block.parentOp(); }

    public Region parentRegion() { return block == null ? null : block.parent(); }

    /** The nearest ancestor op (not this) that has trait {@code t}, or null. */
    public Operation parentWithTrait(Trait t) {
        for (Operation p = parentOp(); p != null; p = p.parentOp()) if (p.hasTrait(t)) return p;
        return null;
    }

    /** True if this op is {@code other} or contains it. */
    public boolean isAncestorOf(Operation other) {
        for (Operation o = other; o != null; o = o.parentOp()) if (o == this) return true;
        return false;
    }

    public boolean isBeforeInBlock(Operation other) { return block.isBefore(this, other); }

    /** Unlinks this op from its block (it stays intact and can be inserted elsewhere). */
    public void remove() {
        if (block != null) block.unlink(this);
    }

    public void moveBefore(Operation anchor) {
        remove();
        anchor.block().insertBefore(anchor, this);
    }

    public void moveAfter(Operation anchor) {
        remove();
        anchor.block().insertAfter(anchor, this);
    }

    /**
     * Drops every use this op and its nested ops make, so they can be destroyed in any order. Walks without
     * recursion, so deeply nested IR is fine.
     */
    public void dropAllReferences() {
        Walker.walk(this, Walker.Order.PRE, op -> {
            for (OpOperand o : op.operands) o.drop();
            for (BlockOperand s : op.successors) s.drop();
            return WalkResult.ADVANCE;
        });
    }

    // ---- copies

    /**
     * A deep copy, detached: operands and successors that refer to IR outside this op are kept, uses of values
     * and blocks inside it refer to their copies.
     */
    public Operation clone() { return clone(new IRMapping()); }

    /**
     * A deep copy that looks operands and successors up in {@code mapping} (unmapped ones are kept) and records
     * in it every op, block and value copied, as MLIR's {@code Operation::clone(IRMapping&)}.
     */
    public Operation clone(IRMapping mapping) { return Cloner.clone(this, mapping, true); }

    /** A copy with the same number of regions, left empty; records the op and its results in {@code mapping}. */
    public Operation cloneWithoutRegions(IRMapping mapping) { return Cloner.clone(this, mapping, false); }

    /** Removes and destroys this op; its results must be unused. */
    public void erase() {
        if (hasUsesOfResults()) throw new IllegalStateException("erasing '" + name + "' whose results are still used");
        dropAllReferences();
        remove();
        for (Region r : regions) r.dropAllBlocks();
    }

    /** Visits this op and every nested op, post-order (children first). */
    public void walk(Consumer<Operation> f) {
        Walker.walk(this, Walker.Order.POST, op -> {
            f.accept(op);
            return WalkResult.ADVANCE;
        });
    }

    @Override
    public String toString() { return "Operation(" + name + ")"; }
}

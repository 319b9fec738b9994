package org.jmlir.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Deep copies of operations and regions, as MLIR's Operation::clone and Region::cloneInto, without recursion: a
 * work list of (source region, destination region) pairs, so IR nested arbitrarily deep can be cloned. Each region
 * is copied in three steps: blocks and arguments; op shells, whose results get mapped; then the shells' operands
 * and the regions they own. So every value a use could name is mapped before the use is created.
 */
final class Cloner {
    private record Pending(Region source, Region dest, int position) {}

    private final IRMapping mapping;
    private final ArrayDeque<Pending> work = new ArrayDeque<>();

    private Cloner(IRMapping mapping) { this.mapping = mapping; }

    static Operation clone(Operation op, IRMapping mapping, boolean withRegions) {
        Cloner c = new Cloner(mapping);
        Operation copy = c.shell(op, true);
        mapping.map(op, copy);
        if (withRegions) {
            for (int i = 0; i < op.numRegions(); i++) c.work.push(new Pending(op.region(i), copy.region(i), 0));
            c.drain();
        }
        // As MLIR: the results are mapped last, after the nested IR was copied.
        for (int i = 0; i < op.numResults(); i++) mapping.map(op.result(i), copy.result(i));
        return copy;
    }

    static void cloneInto(Region source, Region dest, int position, IRMapping mapping) {
        if (source == dest) throw new IllegalArgumentException("cannot clone a region into itself");
        Cloner c = new Cloner(mapping);
        c.work.push(new Pending(source, dest, position));
        c.drain();
    }

    private void drain() {
        while (!work.isEmpty()) copyRegion(work.pop());
    }

    private void copyRegion(Pending p) {
        List<Block> sources = p.source().blocks();
        if (sources.isEmpty()) return;
        List<Block> copies = new ArrayList<>(sources.size());
        int pos = p.position();
        for (Block b : sources) {
            Block nb = new Block();
            mapping.map(b, nb);
            // An argument the caller mapped already is being replaced, so the copy does not get it.
            for (BlockArgument a : b.arguments()) {
                if (!mapping.contains(a)) mapping.map(a, nb.addArgument(a.type(), a.location()));
            }
            p.dest().insertBlock(pos++, nb);
            copies.add(nb);
        }
        List<Operation> originals = new ArrayList<>();
        List<Operation> shells = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            for (Operation op = sources.get(i).firstOp(); op != null; op = op.next()) {
                Operation shell = shell(op, false);
                mapping.map(op, shell);
                for (int r = 0; r < op.numResults(); r++) mapping.map(op.result(r), shell.result(r));
                copies.get(i).append(shell);
                originals.add(op);
                shells.add(shell);
            }
        }
        for (int i = 0; i < originals.size(); i++) shells.get(i).setOperands(mappedOperands(originals.get(i)));
        // Pushed in reverse so that regions are copied in program order.
        for (int i = originals.size() - 1; i >= 0; i--) {
            Operation op = originals.get(i);
            for (int r = op.numRegions() - 1; r >= 0; r--) work.push(new Pending(op.region(r), shells.get(i).region(r), 0));
        }
    }

    /** A copy of {@code op} with mapped successors, mapped operands (or none yet) and as many empty regions. */
    private Operation shell(Operation op, boolean withOperands) {
        OperationState s = new OperationState(op.operationName(), op.location());
        if (withOperands) s.addOperands(mappedOperands(op));
        for (int i = 0; i < op.numResults(); i++) s.addType(op.result(i).type());
        for (int i = 0; i < op.numSuccessors(); i++) s.addSuccessor(mapping.lookupOrDefault(op.successor(i)));
        for (int i = 0; i < op.numRegions(); i++) s.addRegion();
        s.explicitProperties = op.hasExplicitProperties();
        Operation copy = Operation.create(s);
        copy.setProperties(op.properties()); // immutable dictionaries: sharing is copying
        copy.setAttributes(op.attributes());
        return copy;
    }

    private List<Value> mappedOperands(Operation op) {
        List<Value> vs = new ArrayList<>(op.numOperands());
        for (int i = 0; i < op.numOperands(); i++) vs.add(mapping.lookupOrDefault(op.operand(i)));
        return vs;
    }
}

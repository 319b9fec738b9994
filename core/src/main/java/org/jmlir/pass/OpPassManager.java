package org.jmlir.pass;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A list of passes and nested pass managers anchored on one op name ({@code builtin.module}, {@code func.func}) or
 * on any op ({@code any}). A nested manager runs on the ops directly inside the anchor op's regions that match its
 * own anchor.
 */
public class OpPassManager {
    public static final String ANY = "any";

    private final String anchor;
    private final List<Object> elements = new ArrayList<>(); // Pass | OpPassManager

    public OpPassManager(String anchor) { this.anchor = anchor; }

    /** The op name this manager runs on, or {@link #ANY}. */
    public String anchor() { return anchor; }

    public boolean runsOn(String opName) { return anchor.equals(ANY) || anchor.equals(opName); }

    /** Passes and nested managers, in order. */
    public List<Object> elements() { return Collections.unmodifiableList(elements); }

    public int size() { return elements.size(); }

    /**
     * Adds a pass. A pass anchored on another op kind is nested implicitly (as mlir-opt does for pass flags): it
     * goes into a nested manager for its anchor, reusing the last element when that is one.
     */
    public OpPassManager addPass(Pass pass) {
        String a = pass.anchorOpName();
        if (a != null && !anchor.equals(a)) {
            nest(a).elements.add(pass);
        } else {
            elements.add(pass);
        }
        return this;
    }

    /** Adds a pass exactly here, with no implicit nesting (the textual pipeline checks anchors itself). */
    void addPassExactly(Pass pass) { elements.add(pass); }

    /** A nested manager for {@code opName}: the last element when it is one for that name, else a new one. */
    public OpPassManager nest(String opName) {
        if (!elements.isEmpty() && elements.get(elements.size() - 1) instanceof OpPassManager last
            && last.anchor.equals(opName)) {
            return last;
        }
        OpPassManager nested = new OpPassManager(opName);
        elements.add(nested);
        return nested;
    }

    /** Adds a new nested manager even when the last element is one for the same name (as a textual pipeline does). */
    public OpPassManager addNested(String opName) {
        OpPassManager nested = new OpPassManager(opName);
        elements.add(nested);
        return nested;
    }

    /** The pipeline as text, {@code anchor(p1,p2{opt=v},nested(...))}, parseable back to the same pipeline. */
    public String pipelineText() {
        StringBuilder sb = new StringBuilder(anchor).append('(');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) sb.append(',');
            Object e = elements.get(i);
            sb.append(e instanceof Pass p ? p.pipelineText() : ((OpPassManager) e).pipelineText());
        }
        return sb.append(')').toString();
    }

    /** The pipeline indented one element per line, as mlir-opt's --dump-pass-pipeline prints it. */
    public String prettyText() {
        StringBuilder sb = new StringBuilder();
        pretty(sb, 0);
        return sb.toString();
    }

    private void pretty(StringBuilder sb, int indent) {
        sb.append(anchor).append("(\n");
        for (int i = 0; i < elements.size(); i++) {
            sb.append("  ".repeat(indent + 1));
            Object e = elements.get(i);
            if (e instanceof Pass p) sb.append(p.pipelineText());
            else ((OpPassManager) e).pretty(sb, indent + 1);
            if (i + 1 < elements.size()) sb.append(',');
            sb.append('\n');
        }
        sb.append("  ".repeat(indent)).append(')');
    }

    /** A deep copy with fresh pass instances (for another thread). */
    public OpPassManager copy() {
        OpPassManager c = new OpPassManager(anchor);
        for (Object e : elements) c.elements.add(e instanceof Pass p ? p.copy() : ((OpPassManager) e).copy());
        return c;
    }

    /** Every pass in this manager and nested ones, in pipeline order. */
    public List<Pass> allPasses() {
        List<Pass> out = new ArrayList<>();
        for (Object e : elements) {
            if (e instanceof Pass p) out.add(p);
            else out.addAll(((OpPassManager) e).allPasses());
        }
        return out;
    }
}

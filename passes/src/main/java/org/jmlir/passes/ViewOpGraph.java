package org.jmlir.passes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jmlir.asm.AsmText;
import org.jmlir.ir.Block;
import org.jmlir.ir.BlockArgument;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.ArrayAttr;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseElementsAttr;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.type.Type;
import org.jmlir.pass.Pass;
import org.jmlir.pass.PassOption;
import org.jmlir.text.MlirText;

/**
 * {@code view-op-graph}: the op as a Graphviz DOT graph, byte for byte as mlir-opt 22 writes it: one cluster per op
 * with regions and per block, a record node per other op (operands as input ports, results as output ports, a
 * pastel colour per op name), data-flow edges from results to operands and, on request, control-flow edges between
 * consecutive ops. Written to the context's error stream as mlir-opt writes to stderr, or, a jmlir extension, to
 * the file named by {@code output-file}, replaced atomically.
 */
public final class ViewOpGraph extends Pass {
    private static final int LARGE_ATTRIBUTE_LIMIT = 16;

    private final PassOption<Integer> maxLabelLen = intOption("max-label-len",
        "Limit attribute/type length to number of chars", 20);
    private final PassOption<Boolean> printAttrs = boolOption("print-attrs", "Print attributes of operations", true);
    private final PassOption<Boolean> printControlFlowEdges = boolOption("print-control-flow-edges",
        "Print control flow edges", false);
    private final PassOption<Boolean> printDataFlowEdges = boolOption("print-data-flow-edges",
        "Print data flow edges", true);
    private final PassOption<Boolean> printResultTypes = boolOption("print-result-types",
        "Print result types of operations", true);
    private final PassOption<String> outputFile = stringOption("output-file",
        "Write the graph to this file (atomically) instead of stderr (jmlir extension)", "");

    @Override public String argument() { return "view-op-graph"; }

    @Override public String description() { return "Print Graphviz visualization of an operation"; }

    /** As mlir-opt prints it; the jmlir-only output-file option only when it is set. */
    @Override public String pipelineText() {
        String full = super.pipelineText();
        return outputFile.get().isEmpty() ? full.replace(" output-file=}", "}") : full;
    }

    @Override protected void runOnOperation() {
        String dot = new Writer(getOperation()).graph();
        markAllAnalysesPreserved();
        if (outputFile.get().isEmpty()) {
            PrintStream err = getContext().errorStream();
            err.print(dot);
            err.flush();
            return;
        }
        try {
            writeAtomically(Path.of(outputFile.get()), dot);
        } catch (IOException | RuntimeException e) {
            getOperation().emitError("cannot write the op graph to '" + outputFile.get() + "': "
                + (e.getMessage() == null ? e.toString() : e.getMessage()));
            signalPassFailure();
        }
    }

    /** Writes a sibling temporary file and renames it over {@code file}: readers never see half a graph. */
    static void writeAtomically(Path file, String text) throws IOException {
        Path abs = file.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A DOT node or a cluster's anchor node; {@code cluster} is 0 for plain nodes. */
    private record Node(int id, int cluster) {}

    private record DataFlowEdge(Value value, Node node, String port) {}

    /** One graph being written. */
    private final class Writer {
        private final Operation root;
        private final StringBuilder out = new StringBuilder();
        private final Function<Value, String> names;
        private final Map<String, String> colors = new LinkedHashMap<>();
        private final Map<Value, Node> valueToNode = new IdentityHashMap<>();
        private final List<DataFlowEdge> dataFlowEdges = new ArrayList<>();
        private final List<String> edges = new ArrayList<>();
        private int counter;
        private int indent;

        Writer(Operation root) {
            this.root = root;
            this.names = MlirText.operandNames(root);
            // One hue per op name, in the order names are first met in a post-order walk.
            List<String> order = new ArrayList<>();
            root.walk(op -> {
                if (!colors.containsKey(op.name())) {
                    colors.put(op.name(), "");
                    order.add(op.name());
                }
            });
            for (int i = 0; i < order.size(); i++) {
                colors.put(order.get(i), String.format(Locale.ROOT, "%f", (double) i / order.size()) + " 0.3 0.95");
            }
        }

        String graph() {
            line("digraph G {");
            indent++;
            line("compound = true;");
            processOperation(root);
            emitAllEdges();
            indent--;
            line("}");
            return out.toString();
        }

        private void line(String s) {
            out.repeat(' ', 2 * indent).append(s).append('\n');
        }

        private void emitAllEdges() {
            if (printDataFlowEdges.get()) {
                for (DataFlowEdge e : dataFlowEdges) {
                    emitEdge(valueToNode.get(e.value()), e.node(), e.port(), "solid");
                }
            }
            for (String e : edges) line(e + ";");
            edges.clear();
        }

        private Node processOperation(Operation op) {
            Node node;
            if (op.numRegions() > 0) {
                node = emitCluster(() -> {
                    for (Region r : op.regions()) processRegion(r);
                }, clusterLabel(op));
            } else {
                node = emitNode(recordLabel(op), "Mrecord", colors.get(op.name()));
            }
            if (printDataFlowEdges.get()) {
                for (int i = 0; i < op.numOperands(); i++) {
                    Value v = op.operand(i);
                    dataFlowEdges.add(new DataFlowEdge(v, node, portName(v)));
                }
            }
            for (int i = 0; i < op.numResults(); i++) valueToNode.put(op.result(i), node);
            return node;
        }

        private void processRegion(Region region) {
            for (Block b : region.blocks()) processBlock(b);
        }

        private void processBlock(Block block) {
            emitCluster(() -> {
                for (BlockArgument a : block.arguments()) valueToNode.put(a, emitNode(argLabel(a), "Mrecord", ""));
                Node prev = null;
                for (Operation op : block) {
                    Node next = processOperation(op);
                    if (printControlFlowEdges.get() && prev != null) emitEdge(prev, next, "", "dashed");
                    prev = next;
                }
            }, "");
        }

        private Node emitCluster(Runnable body, String label) {
            int cluster = ++counter;
            line("subgraph cluster_" + cluster + " {");
            indent++;
            Node anchor = emitNode(" ", "plain", "");
            line("label = " + quote(label) + ";");
            body.run();
            indent--;
            line("}");
            return new Node(anchor.id(), cluster);
        }

        private Node emitNode(String label, String shape, String background) {
            int id = ++counter;
            Map<String, String> attrs = new TreeMap<>();
            attrs.put("label", quote(label));
            attrs.put("shape", shape);
            if (!background.isEmpty()) {
                attrs.put("style", "filled");
                attrs.put("fillcolor", quote(background));
            }
            line("v" + id + " " + attrList(attrs) + ";");
            return new Node(id, 0);
        }

        private void emitEdge(Node from, Node to, String port, String style) {
            Map<String, String> attrs = new TreeMap<>();
            attrs.put("style", style);
            if (from.cluster() != 0) attrs.put("ltail", "cluster_" + from.cluster());
            if (to.cluster() != 0) attrs.put("lhead", "cluster_" + to.cluster());
            StringBuilder e = new StringBuilder("v").append(from.id());
            // Edges leave a result port at its south side and enter an operand port at its north side.
            if (!port.isEmpty() && from.cluster() == 0) e.append(":res").append(port).append(":s");
            e.append(" -> v").append(to.id());
            if (!port.isEmpty() && to.cluster() == 0) e.append(":arg").append(port).append(":n");
            edges.add(e.append(attrList(attrs)).toString());
        }

        private static String attrList(Map<String, String> attrs) {
            StringBuilder sb = new StringBuilder("[");
            for (Map.Entry<String, String> a : attrs.entrySet()) {
                if (sb.length() > 1) sb.append(", ");
                sb.append(a.getKey()).append(" = ").append(a.getValue());
            }
            return sb.append(']').toString();
        }

        // ---- labels

        private String clusterLabel(Operation op) {
            StringBuilder sb = new StringBuilder(op.name());
            if (printResultTypes.get()) {
                List<String> types = new ArrayList<>();
                for (Type t : op.resultTypes()) types.add(AsmText.of(t));
                sb.append(" : (").append(truncate(String.join(", ", types))).append(')');
            }
            if (printAttrs.get()) {
                sb.append("\\l");
                for (NamedAttribute a : allAttributes(op)) {
                    sb.append(escape(a.name())).append(": ").append(attrText(a.value())).append("\\l");
                }
            }
            return sb.toString();
        }

        private String recordLabel(Operation op) {
            StringBuilder sb = new StringBuilder("{");
            if (op.numOperands() > 0) {
                sb.append('{');
                for (int i = 0; i < op.numOperands(); i++) {
                    if (i > 0) sb.append('|');
                    Value v = op.operand(i);
                    sb.append("<arg").append(portName(v)).append("> ").append(names.apply(v));
                }
                sb.append("}|");
            }
            sb.append(op.name()).append("\\l");
            List<NamedAttribute> attrs = allAttributes(op);
            if (printAttrs.get() && !attrs.isEmpty()) {
                sb.append("\\l");
                for (NamedAttribute a : attrs) sb.append(a.name()).append(": ").append(attrText(a.value())).append("\\l");
            }
            if (op.numResults() > 0) {
                sb.append("|{");
                for (int i = 0; i < op.numResults(); i++) {
                    if (i > 0) sb.append('|');
                    Value v = op.result(i);
                    sb.append("<res").append(portName(v)).append("> ").append(names.apply(v));
                    if (printResultTypes.get()) sb.append(' ').append(typeText(v.type()));
                }
                sb.append('}');
            }
            return sb.append('}').toString();
        }

        private String argLabel(BlockArgument a) {
            StringBuilder sb = new StringBuilder("<res").append(portName(a)).append("> ").append(names.apply(a));
            if (printResultTypes.get()) sb.append(' ').append(typeText(a.type()));
            return sb.toString();
        }

        /** The operand spelling with the characters DOT ports cannot hold replaced: {@code %c0#1} → {@code _c0_1}. */
        private String portName(Value v) {
            return names.apply(v).replace('%', '_').replace('#', '_').replace('.', '_').replace('-', '_');
        }

        private String attrText(Attribute a) {
            if (a instanceof DenseElementsAttr d) {
                if (d.isSplat()) return escape(AsmText.of(a));
                if (d.numElements() > LARGE_ATTRIBUTE_LIMIT) {
                    int rank = d.type().rank();
                    return "[".repeat(rank) + "..." + "]".repeat(rank) + " : " + typeText(d.type());
                }
            }
            if (a instanceof ArrayAttr arr && arr.size() > LARGE_ATTRIBUTE_LIMIT) return "[...]";
            return escape(truncate(AsmText.of(a)));
        }

        private String typeText(Type t) { return escape(truncate(AsmText.of(t))); }

        private String truncate(String s) {
            int max = maxLabelLen.get();
            return s.length() <= max ? s : s.substring(0, Math.max(0, max)) + "...";
        }
    }

    /** Inherent and discardable attributes in one sorted list, as MLIR's getAttrs(). */
    private static List<NamedAttribute> allAttributes(Operation op) {
        if (op.properties().isEmpty()) return op.attributes().entries();
        List<NamedAttribute> all = new ArrayList<>(op.properties().entries());
        for (NamedAttribute a : op.attributes().entries()) {
            if (op.properties().get(a.name()) == null) all.add(a);
        }
        return DictionaryAttr.of(all).entries();
    }

    private static String quote(String s) { return "\"" + s + "\""; }

    /** Graphviz record labels: braces, bars, angle brackets, newlines and quotes take a backslash. */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("{|<}>\n\"".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }
}

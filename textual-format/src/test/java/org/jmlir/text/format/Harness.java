package org.jmlir.text.format;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jmlir.ir.Block;
import org.jmlir.ir.Context;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.CustomAssembly;
import org.jmlir.ods.OpDef;

/** A context with a test dialect of the given ops, named values and blocks, and print/parse through formats. */
final class Harness {
    final Context ctx = new Context();
    final Block scope = new Block();
    final Map<String, Value> values = new LinkedHashMap<>();
    final Map<Value, String> names = new HashMap<>();
    final Map<String, Block> blocks = new HashMap<>();
    final Map<Block, String> blockNames = new HashMap<>();

    Harness(OpDef... defs) {
        List<OpDef> ops = List.of(defs);
        ctx.loadDialect(new Dialect() {
            @Override public String namespace() { return "test"; }

            @Override public List<OpDef> operations() { return ops; }
        });
    }

    Value value(String name, Type t) {
        Value v = scope.addArgument(t, Location.UNKNOWN);
        values.put(name, v);
        names.put(v, name);
        return v;
    }

    Block block(String name) {
        Block b = new Block();
        blocks.put(name, b);
        blockNames.put(b, name);
        return b;
    }

    OpDef def(String opName) { return ctx.operationName(opName).definition(); }

    static CustomAssembly compiled(OpDef def) { return def.derived(AssemblyFormats.class, AssemblyFormats::compile); }

    String print(Operation op) {
        FakeAsmPrinter p = new FakeAsmPrinter(names, blockNames);
        compiled(op.definition()).print(op, p);
        return op.name() + p.out;
    }

    /** Parses {@code text} (everything after the op name) into an op; all input must be consumed. */
    Operation parse(String opName, String text) {
        OperationState state = new OperationState(ctx.operationName(opName), Location.UNKNOWN);
        FakeAsmParser p = new FakeAsmParser(ctx, text, values, blocks);
        compiled(state.name.definition()).parse(p, state);
        if (!p.atEnd()) throw new AssertionError("unparsed input at offset " + p.position() + " of '" + text + "'");
        state.name.definition().populateDefaults(state.properties);
        return Operation.create(state);
    }

    /** Parses then prints: the printed form of {@code opName + text}. */
    String roundTrip(String opName, String text) { return print(parse(opName, text)); }
}

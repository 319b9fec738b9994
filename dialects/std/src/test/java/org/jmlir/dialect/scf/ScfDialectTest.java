package org.jmlir.dialect.scf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.diag.Diagnostic;
import org.jmlir.ir.Block;
import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.OpDef;
import org.junit.jupiter.api.Test;

class ScfDialectTest {
    private final Context ctx = Context.withAllDialects();
    private final List<Diagnostic> diags = new ArrayList<>();

    ScfDialectTest() { ctx.diagnostics().addHandler(diags::add); }

    @Test
    void dialectIsFoundByServiceLoaderAndEveryOpHasACustomForm() {
        assertNotNull(ctx.dialect("scf"));
        for (String n : List.of("scf.for", "scf.if", "scf.while", "scf.condition", "scf.parallel", "scf.reduce",
            "scf.reduce.return", "scf.execute_region", "scf.index_switch", "scf.yield", "scf.forall",
            "scf.forall.in_parallel")) {
            OpDef def = ctx.registeredOperationName(n).definition();
            assertTrue(def.hasCustomForm(), n);
        }
        assertTrue(ctx.registeredOperationName("scf.parallel").definition().hasOperandSegments());
    }

    private Operation op(String name, List<Value> operands, List<Type> results, Region... regions) {
        OperationState s = new OperationState(ctx.operationName(name), Location.UNKNOWN);
        s.addOperands(operands).addTypes(results);
        for (Region r : regions) s.addRegion(r);
        return Operation.create(s);
    }

    private static Region region(Block b) {
        Region r = new Region();
        r.addBlock(b);
        return r;
    }

    @Test
    void forReportsIterArgTypeMismatchLikeUpstream() {
        Block outer = new Block();
        Value idx = outer.addArgument(IndexType.INDEX, Location.UNKNOWN);
        Value f = outer.addArgument(FloatType.F32, Location.UNKNOWN);
        Block body = new Block();
        body.addArgument(IndexType.INDEX, Location.UNKNOWN);
        Value iter = body.addArgument(FloatType.F64, Location.UNKNOWN);
        body.append(op("scf.yield", List.of(iter), List.of()));
        Operation loop = op("scf.for", List.of(idx, idx, idx, f), List.of(FloatType.F32), region(body));
        outer.append(loop);
        OpDef def = loop.definition();
        assertTrue(def.verifier().verify(loop));
        assertFalse(def.regionVerifier().verify(loop));
        ctx.diagnostics().flush();
        assertEquals(1, diags.size());
        assertTrue(diags.get(0).message().startsWith("'scf.for' op 0-th init and 0-th region iter_arg have different type"),
            diags.get(0).message());
    }

    @Test
    void whileEdgeMismatchCarriesANoteAtTheBranchPoint() {
        Block outer = new Block();
        Value c = outer.addArgument(org.jmlir.ir.type.IntegerType.I1, Location.UNKNOWN);
        Value x = outer.addArgument(FloatType.F32, Location.UNKNOWN);
        Block before = new Block();
        Value a = before.addArgument(FloatType.F32, Location.UNKNOWN);
        before.append(op("scf.condition", List.of(c, a), List.of()));
        Block after = new Block();
        after.addArgument(FloatType.F64, Location.UNKNOWN);
        after.append(op("scf.yield", List.of(x), List.of()));
        Operation loop = op("scf.while", List.of(x), List.of(FloatType.F32), region(before), region(after));
        outer.append(loop);
        assertTrue(loop.definition().verifier().verify(loop));
        assertFalse(loop.definition().regionVerifier().verify(loop));
        ctx.diagnostics().flush();
        Diagnostic d = diags.get(0);
        assertTrue(d.message().contains("along control flow edge from Operation scf.condition to Region #1"),
            d.message());
        assertEquals("region branch point", d.notes().get(0).message());
    }
}

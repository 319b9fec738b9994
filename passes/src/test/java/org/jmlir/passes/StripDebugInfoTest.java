package org.jmlir.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.UnknownLoc;
import org.jmlir.pass.PassRunner;
import org.jmlir.text.MlirText;
import org.junit.jupiter.api.Test;

class StripDebugInfoTest {
    @Test
    void everyLocationBecomesUnknown() {
        Context ctx = Context.withAllDialects();
        Operation module = MlirText.parse(ctx, """
            func.func @f(%a: i32 loc("x.c":1:2)) -> i32 {
              %0 = arith.addi %a, %a : i32 loc("x.c":3:4)
              return %0 : i32 loc(#l)
            } loc("x.c":5:6)
            #l = loc("y.c":7:8)
            """, "test.mlir");
        assertFalse(PassRunner.run(new StripDebugInfo(), module).failed());
        module.walk(op -> assertEquals(UnknownLoc.INSTANCE, op.location(), op.name()));
        Operation func = module.region(0).entryBlock().firstOp();
        assertEquals(UnknownLoc.INSTANCE, func.region(0).entryBlock().argument(0).location());
    }
}

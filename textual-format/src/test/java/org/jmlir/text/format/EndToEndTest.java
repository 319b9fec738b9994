package org.jmlir.text.format;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jmlir.ir.Context;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.Operation;
import org.jmlir.ods.OpDef;
import org.jmlir.text.MlirText;
import org.junit.jupiter.api.Test;

/** Formats through the real parser and printer of the textual format. */
class EndToEndTest {
    private static Context context() {
        Context ctx = new Context();
        ctx.setAllowUnregisteredDialects(true);
        List<OpDef> ops = List.of(TestOps.addi(), TestOps.cmpi(), TestOps.load(), TestOps.store(), TestOps.yield(),
            TestOps.subview(), TestOps.llvmConstant(), TestOps.extract(), TestOps.alloc(), TestOps.indexCast(),
            TestOps.shuffle(), TestOps.call(), TestOps.select());
        ctx.loadDialect(new Dialect() {
            @Override public String namespace() { return "test"; }

            @Override public List<OpDef> operations() { return ops; }
        });
        return ctx;
    }

    @Test
    void roundTripsThroughMlirText() {
        String text = """
            "test.func"() ({
            ^bb0(%arg0: i32, %arg1: i32, %arg2: memref<4x4xf32>, %arg3: index, %arg4: vector<4x8xf32>, %arg5: i1, %arg6: f32):
              %0 = test.addi %arg0, %arg1 : i32
              %1 = test.addi %arg0, %arg1 overflow<nsw> : i32
              %2 = test.cmpi slt, %arg0, %arg1 : i32
              %3 = test.load %arg2[%arg3, %arg3] : memref<4x4xf32>
              test.store %3, %arg2[%arg3, %arg3] : memref<4x4xf32>
              %4 = test.subview %arg2[0, %arg3] [2, 2] [1, 1] : memref<4x4xf32> to memref<2x2xf32>
              %5 = test.mlir.constant(1 : i32) : i32
              %6 = test.extract %arg4[1] : vector<8xf32> from vector<4x8xf32>
              %7 = test.alloc(%arg3) {alignment = 8 : i64} : memref<?xf32>
              %8 = test.index_cast %arg3 : index to i32
              %9 = test.shuffle %arg4, %arg4 [0, 1] : vector<4x8xf32>, vector<4x8xf32>
              %10 = test.call @f(%arg0, %arg1) : (i32, i32) -> i32
              %11 = test.select %arg5, %arg6, %arg6 : f32
              test.yield %arg6 : f32
            }) : () -> ()
            """;
        Context ctx = context();
        List<String> errors = new java.util.ArrayList<>();
        ctx.diagnostics().addHandler(d -> errors.add(d.toString()));
        Operation module = MlirText.parse(ctx, text, "t.mlir");
        assertNotNull(module, errors::toString);
        String printed = MlirText.print(module);
        // Each op line prints back as written: parse then print is a fixed point of the custom forms.
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (l.startsWith("%") || l.startsWith("test.")) {
                assertTrue(printed.contains(l), "missing: " + l + "\nin:\n" + printed);
            }
        }
    }
}

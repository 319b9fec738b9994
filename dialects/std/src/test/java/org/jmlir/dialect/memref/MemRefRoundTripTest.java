package org.jmlir.dialect.memref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.text.MlirText;
import org.jmlir.text.PrintOptions;
import org.jmlir.verify.Verifier;
import org.junit.jupiter.api.Test;

/**
 * Every memref op through the textual format: the custom form prints as mlir-opt 22 prints it (the expected text is
 * its output for the same input), verifies, and survives a trip through the generic form.
 */
class MemRefRoundTripTest {
    private static final String INPUT = """
        memref.global "private" constant @g : memref<2xf32> = dense<[1.0, 2.0]>
        %v:3 = "test.values"() : () -> (index, f32, memref<*xf32>)
        %a = memref.alloc(%v#0) {alignment = 64 : i64} : memref<?x8xf32>
        %b = memref.alloc() : memref<8x8xf32>
        %l = memref.load %b[%v#0, %v#0] {nontemporal = true} : memref<8x8xf32>
        memref.store %l, %b[%v#0, %v#0] : memref<8x8xf32>
        %sv = memref.subview %b[%v#0, 0] [2, 2] [1, 1] : memref<8x8xf32> to memref<2x2xf32, strided<[8, 1], offset: ?>>
        %c = memref.cast %b : memref<8x8xf32> to memref<?x?xf32>
        %rc = memref.reinterpret_cast %v#2 to offset: [0], sizes: [%v#0, 4], strides: [4, 1] : memref<*xf32> to memref<?x4xf32>
        %d = memref.dim %a, %v#0 : memref<?x8xf32>
        %r = memref.rank %v#2 : memref<*xf32>
        %gg = memref.get_global @g : memref<2xf32>
        memref.copy %b, %c : memref<8x8xf32> to memref<?x?xf32>
        %e = memref.expand_shape %gg [[0, 1]] output_shape [1, 2] : memref<2xf32> into memref<1x2xf32>
        %f = memref.collapse_shape %b [[0, 1]] : memref<8x8xf32> into memref<64xf32>
        %buf = memref.alloc() : memref<64xi8>
        %vw = memref.view %buf[%v#0][] : memref<64xi8> to memref<4x4xf32>
        %x = memref.alloca_scope -> (f32) {
          %s = memref.alloca() : memref<4xf32>
          memref.alloca_scope.return %v#1 : f32
        }
        %at = memref.atomic_rmw maximumf %v#1, %b[%v#0, %v#0] : (f32, memref<8x8xf32>) -> f32
        memref.dealloc %a : memref<?x8xf32>
        """;

    /** {@code mlir-opt --allow-unregistered-dialect} on INPUT. */
    private static final String EXPECTED = """
        module {
          memref.global "private" constant @g : memref<2xf32> = dense<[1.000000e+00, 2.000000e+00]>
          %0:3 = "test.values"() : () -> (index, f32, memref<*xf32>)
          %alloc = memref.alloc(%0#0) {alignment = 64 : i64} : memref<?x8xf32>
          %alloc_0 = memref.alloc() : memref<8x8xf32>
          %1 = memref.load %alloc_0[%0#0, %0#0] {nontemporal = true} : memref<8x8xf32>
          memref.store %1, %alloc_0[%0#0, %0#0] : memref<8x8xf32>
          %subview = memref.subview %alloc_0[%0#0, 0] [2, 2] [1, 1] : memref<8x8xf32> to memref<2x2xf32, strided<[8, 1], offset: ?>>
          %cast = memref.cast %alloc_0 : memref<8x8xf32> to memref<?x?xf32>
          %reinterpret_cast = memref.reinterpret_cast %0#2 to offset: [0], sizes: [%0#0, 4], strides: [4, 1] : memref<*xf32> to memref<?x4xf32>
          %dim = memref.dim %alloc, %0#0 : memref<?x8xf32>
          %2 = memref.rank %0#2 : memref<*xf32>
          %3 = memref.get_global @g : memref<2xf32>
          memref.copy %alloc_0, %cast : memref<8x8xf32> to memref<?x?xf32>
          %expand_shape = memref.expand_shape %3 [[0, 1]] output_shape [1, 2] : memref<2xf32> into memref<1x2xf32>
          %collapse_shape = memref.collapse_shape %alloc_0 [[0, 1]] : memref<8x8xf32> into memref<64xf32>
          %alloc_1 = memref.alloc() : memref<64xi8>
          %view = memref.view %alloc_1[%0#0][] : memref<64xi8> to memref<4x4xf32>
          %4 = memref.alloca_scope  -> (f32) {
            %alloca = memref.alloca() : memref<4xf32>
            memref.alloca_scope.return %0#1 : f32
          }
          %5 = memref.atomic_rmw maximumf %0#1, %alloc_0[%0#0, %0#0] : (f32, memref<8x8xf32>) -> f32
          memref.dealloc %alloc : memref<?x8xf32>
        }
        """;

    private static Operation parse(String text) {
        Context ctx = Context.withAllDialects();
        ctx.setAllowUnregisteredDialects(true);
        Operation module = MlirText.parse(ctx, text, "input.mlir");
        assertNotNull(module, "parse failed");
        assertTrue(Verifier.verify(module), "verification failed");
        return module;
    }

    @Test
    void customFormMatchesMlirOpt() {
        assertEquals(EXPECTED, MlirText.print(parse(INPUT)));
    }

    @Test
    void genericFormRoundTrips() {
        String generic = MlirText.print(parse(INPUT), PrintOptions.GENERIC);
        assertEquals(EXPECTED, MlirText.print(parse(generic)));
        assertEquals(generic, MlirText.print(parse(generic), PrintOptions.GENERIC));
    }
}

package org.jmlir.dialect.memref;

import static org.jmlir.ir.type.ShapedType.DYNAMIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jmlir.ir.Context;
import org.jmlir.ir.affine.AffineExprs;
import org.jmlir.ir.affine.AffineMap;
import org.jmlir.ir.attr.AffineMapAttr;
import org.jmlir.ir.attr.StridedLayoutAttr;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.UnrankedMemRefType;
import org.jmlir.ods.OpDef;
import org.junit.jupiter.api.Test;

class MemRefDialectTest {
    private static final MemRefType M8X8 = new MemRefType(List.of(8L, 8L), FloatType.F32);

    @Test
    void dialectIsFoundByServiceLoaderAndEveryOpHasACustomForm() {
        Context ctx = Context.withAllDialects();
        assertNotNull(ctx.dialect("memref"));
        for (OpDef def : new MemRefDialect().operations()) {
            assertTrue(def.hasCustomForm(), def.name());
            assertNotNull(ctx.registeredOperationName(def.name()), def.name());
        }
        assertTrue(ctx.registeredOperationName("memref.subview").definition().hasOperandSegments());
    }

    @Test
    void subviewResultTypeFoldsOffsetsAndStrides() {
        MemRefType t = SubViewVerifier.inferResultType(M8X8, new long[] {DYNAMIC, 0}, new long[] {2, 2},
            new long[] {1, 1});
        assertEquals(new MemRefType(List.of(2L, 2L), FloatType.F32, new StridedLayoutAttr(DYNAMIC, List.of(8L, 1L)),
            null), t);
        MemRefType u = SubViewVerifier.inferResultType(M8X8, new long[] {1, 2}, new long[] {4, 2},
            new long[] {2, DYNAMIC});
        assertEquals(new StridedLayoutAttr(10, List.of(16L, DYNAMIC)), u.layout());
    }

    @Test
    void stridesOfAffineLayoutsAreRead() {
        var map = new AffineMap(2, 1, List.of(AffineExprs.add(AffineExprs.add(
            AffineExprs.mul(AffineExprs.dim(0), AffineExprs.cst(4)), AffineExprs.dim(1)), AffineExprs.sym(0))));
        var t = new MemRefType(List.of(DYNAMIC, 4L), FloatType.F32, new AffineMapAttr(map), null);
        Layouts.Strided s = Layouts.stridesAndOffset(t);
        assertEquals(new Layouts.Strided(new long[] {4, 1}, DYNAMIC), s);
        assertEquals(1, Layouts.numLayoutSymbols(t));
        assertEquals(new Layouts.Strided(new long[] {DYNAMIC, 1}, 0),
            Layouts.stridesAndOffset(new MemRefType(List.of(4L, DYNAMIC), FloatType.F32)));
    }

    @Test
    void castCompatibilityFollowsUpstream() {
        var dyn = new MemRefType(List.of(DYNAMIC, DYNAMIC), FloatType.F32);
        var unranked = new UnrankedMemRefType(FloatType.F32, null);
        assertTrue(MemRefVerifiers.castCompatible(M8X8, dyn));
        assertTrue(MemRefVerifiers.castCompatible(M8X8, unranked));
        assertFalse(MemRefVerifiers.castCompatible(unranked, unranked));
        assertFalse(MemRefVerifiers.castCompatible(M8X8, new MemRefType(List.of(4L, 8L), FloatType.F32)));
    }

    @Test
    void rankReductionDropsOnlyUnitDims() {
        assertEquals(java.util.BitSet.valueOf(new long[] {1}), SubViewVerifier.rankReductionMask(List.of(1L, 2L),
            List.of(2L)));
        assertNull(SubViewVerifier.rankReductionMask(List.of(1L, 2L), List.of(3L)));
    }
}

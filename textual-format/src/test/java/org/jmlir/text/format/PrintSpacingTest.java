package org.jmlir.text.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.SymbolRefAttr;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.RankedTensorType;
import org.jmlir.ir.type.Type;
import org.jmlir.ir.type.VectorType;
import org.jmlir.ods.OpDef;
import org.junit.jupiter.api.Test;

/** Printed forms built from ops in memory; expectations are mlir-opt's output for the upstream ops. */
class PrintSpacingTest {
    static final Type I32 = IntegerType.I32;
    static final Type F32 = FloatType.F32;
    static final Type IDX = IndexType.INDEX;
    static final MemRefType M44 = new MemRefType(List.of(4L, 4L), F32);

    private static Operation op(Harness h, String name, List<Value> operands, List<Type> results,
                                Object... attrsAndValues) {
        OperationState s = new OperationState(h.ctx.operationName(name), Location.UNKNOWN);
        s.addOperands(operands);
        s.addTypes(results);
        for (int i = 0; i < attrsAndValues.length; i += 2) {
            s.addAttribute((String) attrsAndValues[i], (Attribute) attrsAndValues[i + 1]);
        }
        OpDef def = s.name.definition();
        def.populateDefaults(s.properties);
        return Operation.create(s);
    }

    @Test
    void cmpiPrintsEnumKeywordAndCommas() {
        Harness h = new Harness(TestOps.cmpi());
        Value a = h.value("%a", I32), b = h.value("%b", I32);
        Operation o = op(h, "test.cmpi", List.of(a, b), List.of(IntegerType.I1), "predicate", IntegerAttr.i64(2));
        assertEquals("test.cmpi slt, %a, %b : i32", h.print(o));
    }

    @Test
    void addiElidesDefaultOverflowAndPrintsStrippedOtherwise() {
        Harness h = new Harness(TestOps.addi());
        Value a = h.value("%a", I32), b = h.value("%b", I32);
        assertEquals("test.addi %a, %b : i32", h.print(op(h, "test.addi", List.of(a, b), List.of(I32))));
        assertEquals("test.addi %a, %b overflow<nsw> : i32", h.print(op(h, "test.addi", List.of(a, b), List.of(I32),
            "overflowFlags", new TestOps.Overflow("nsw"))));
    }

    @Test
    void loadAndStoreUseBracketsWithoutSpace() {
        Harness h = new Harness(TestOps.load(), TestOps.store());
        Value m = h.value("%m", M44), i = h.value("%i", IDX), j = h.value("%j", IDX), x = h.value("%x", F32);
        assertEquals("test.load %m[%i, %j] : memref<4x4xf32>",
            h.print(op(h, "test.load", List.of(m, i, j), List.of(F32))));
        assertEquals("test.store %x, %m[%i, %j] : memref<4x4xf32>",
            h.print(op(h, "test.store", List.of(x, m, i, j), List.of())));
    }

    @Test
    void yieldWithAndWithoutOperands() {
        Harness h = new Harness(TestOps.yield());
        Value x = h.value("%x", F32);
        assertEquals("test.yield %x : f32", h.print(op(h, "test.yield", List.of(x), List.of())));
        assertEquals("test.yield", h.print(op(h, "test.yield", List.of(), List.of())));
    }

    @Test
    void condBrPrintsSuccessorOperandsTightly() {
        Harness h = new Harness(TestOps.condBr());
        Value c = h.value("%c", IntegerType.I1), a = h.value("%a", I32);
        Block bb1 = h.block("^bb1"), bb2 = h.block("^bb2");
        OperationState s = new OperationState(h.ctx.operationName("test.cond_br"), Location.UNKNOWN);
        s.addOperands(List.of(c, a));
        s.addProperty(OpDef.OPERAND_SEGMENT_SIZES, DenseArrayAttr.i32(1, 1, 0));
        s.addSuccessor(bb1).addSuccessor(bb2);
        assertEquals("test.cond_br %c, ^bb1(%a : i32), ^bb2", h.print(Operation.create(s)));
    }

    @Test
    void subviewPrintsIndexListsSeparatedBySpaces() {
        Harness h = new Harness(TestOps.subview());
        Value m = h.value("%m", M44);
        Operation o = op(h, "test.subview", List.of(m), List.of(new MemRefType(List.of(2L, 2L), F32)),
            "static_offsets", DenseArrayAttr.i64(0, 0), "static_sizes", DenseArrayAttr.i64(2, 2),
            "static_strides", DenseArrayAttr.i64(1, 1),
            OpDef.OPERAND_SEGMENT_SIZES, DenseArrayAttr.i32(1, 0, 0, 0));
        assertEquals("test.subview %m[0, 0] [2, 2] [1, 1] : memref<4x4xf32> to memref<2x2xf32>", h.print(o));
    }

    @Test
    void leadingParenHasNoSpace() {
        Harness h = new Harness(TestOps.llvmConstant(), TestOps.alloc());
        assertEquals("test.mlir.constant(1 : i32) : i32",
            h.print(op(h, "test.mlir.constant", List.of(), List.of(I32), "value", IntegerAttr.i32(1))));
        Value i = h.value("%i", IDX);
        MemRefType dyn = new MemRefType(TestOps.dyn(-1), F32);
        assertEquals("test.alloc(%i) {alignment = 8 : i64} : memref<?xf32>",
            h.print(op(h, "test.alloc", List.of(i), List.of(dyn), "alignment", IntegerAttr.i64(8),
                OpDef.OPERAND_SEGMENT_SIZES, DenseArrayAttr.i32(1, 0))));
        assertEquals("test.alloc() : memref<4xf32>",
            h.print(op(h, "test.alloc", List.of(), List.of(new MemRefType(List.of(4L), F32)),
                OpDef.OPERAND_SEGMENT_SIZES, DenseArrayAttr.i32(0, 0))));
        assertEquals("test.alloc(%i)[%i] : memref<?xf32>",
            h.print(op(h, "test.alloc", List.of(i, i), List.of(dyn),
                OpDef.OPERAND_SEGMENT_SIZES, DenseArrayAttr.i32(1, 1))));
    }

    @Test
    void extractAndShuffle() {
        Harness h = new Harness(TestOps.extract(), TestOps.shuffle());
        VectorType v48 = new VectorType(List.of(4L, 8L), F32);
        Value v = h.value("%v", v48);
        assertEquals("test.extract %v[1] : vector<8xf32> from vector<4x8xf32>",
            h.print(op(h, "test.extract", List.of(v), List.of(new VectorType(List.of(8L), F32)),
                "static_position", DenseArrayAttr.i64(1))));
        assertEquals("test.shuffle %v, %v [0, 1] : vector<4x8xf32>, vector<4x8xf32>",
            h.print(op(h, "test.shuffle", List.of(v, v), List.of(new VectorType(List.of(2L, 8L), F32)),
                "mask", DenseArrayAttr.i64(0, 1))));
    }

    @Test
    void indexCastAndCall() {
        Harness h = new Harness(TestOps.indexCast(), TestOps.call());
        Value i = h.value("%i", IDX), a = h.value("%a", I32);
        assertEquals("test.index_cast %i : index to i32", h.print(op(h, "test.index_cast", List.of(i), List.of(I32))));
        assertEquals("test.call @f(%a, %a) : (i32, i32) -> i32",
            h.print(op(h, "test.call", List.of(a, a), List.of(I32), "callee", SymbolRefAttr.flat("f"))));
        assertEquals("test.call @g() : () -> ()",
            h.print(op(h, "test.call", List.of(), List.of(), "callee", SymbolRefAttr.flat("g"))));
    }

    @Test
    void padWithUnitAnchorAndRegion() {
        Harness h = new Harness(TestOps.pad(), TestOps.yield());
        RankedTensorType t4 = new RankedTensorType(List.of(4L), F32);
        Value t = h.value("%t", t4);
        OperationState s = new OperationState(h.ctx.operationName("test.pad"), Location.UNKNOWN);
        s.addOperand(t).addType(new RankedTensorType(List.of(7L), F32));
        s.addProperty("static_low", DenseArrayAttr.i64(1)).addProperty("static_high", DenseArrayAttr.i64(2));
        s.addProperty("nofold", UnitAttr.UNIT);
        s.addProperty(OpDef.OPERAND_SEGMENT_SIZES, DenseArrayAttr.i32(1, 0, 0));
        Block body = new Block();
        body.append(Operation.create(new OperationState(h.ctx.operationName("test.yield"), Location.UNKNOWN)));
        s.addRegion().addBlock(body);
        assertEquals("test.pad %t nofold low[1] high[2] {} : tensor<4xf32> to tensor<7xf32>",
            h.print(Operation.create(s)));
    }

    @Test
    void oilistPrintsPresentClausesInOrder() {
        Harness h = new Harness(TestOps.teams());
        Value c = h.value("%c", IntegerType.I1);
        OperationState s = new OperationState(h.ctx.operationName("test.teams"), Location.UNKNOWN);
        s.addOperand(c).addProperty(OpDef.OPERAND_SEGMENT_SIZES, DenseArrayAttr.i32(0, 1));
        s.addProperty("nowait", UnitAttr.UNIT);
        s.addRegion();
        assertEquals("test.teams thread_limit(%c) nowait {}", h.print(Operation.create(s)));
        OperationState e = new OperationState(h.ctx.operationName("test.teams"), Location.UNKNOWN);
        e.addProperty(OpDef.OPERAND_SEGMENT_SIZES, DenseArrayAttr.i32(0, 0));
        e.addRegion();
        assertEquals("test.teams {}", h.print(Operation.create(e)));
    }

    @Test
    void symbolNameStringAndTypeAttributes() {
        Harness h = new Harness(TestOps.global());
        Operation o = op(h, "test.global", List.of(), List.of(), "sym_name", new org.jmlir.ir.attr.StringAttr("g"),
            "sym_visibility", new org.jmlir.ir.attr.StringAttr("private"), "constant", UnitAttr.UNIT,
            "type", new org.jmlir.ir.attr.TypeAttr(I32));
        assertEquals("test.global \"private\" constant @g : i32", h.print(o));
    }
}

package org.jmlir.text.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jmlir.asm.ParseException;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.SymbolRefAttr;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.RankedTensorType;
import org.jmlir.ir.type.Type;
import org.jmlir.ir.type.VectorType;
import org.jmlir.ods.OpDef;
import org.junit.jupiter.api.Test;

/** Parsing through formats: what lands in the state, type inference, and print→parse→print fixed points. */
class ParseTest {
    static final Type I32 = IntegerType.I32;
    static final Type F32 = FloatType.F32;
    static final Type IDX = IndexType.INDEX;
    static final MemRefType M44 = new MemRefType(List.of(4L, 4L), F32);

    @Test
    void cmpiParsesEnumAndInfersBoolResult() {
        Harness h = new Harness(TestOps.cmpi());
        Value a = h.value("%a", I32), b = h.value("%b", I32);
        Operation o = h.parse("test.cmpi", " sge, %a, %b : i32");
        assertEquals(IntegerAttr.i64(5), o.properties().get("predicate"));
        assertEquals(List.of(a, b), o.operands());
        assertEquals(List.of(IntegerType.I1), o.resultTypes());
        assertEquals("test.cmpi sge, %a, %b : i32", h.print(o));
        VectorType v4 = new VectorType(List.of(4L), I32);
        h.value("%v", v4);
        Operation ov = h.parse("test.cmpi", "eq, %v, %v : vector<4xi32>");
        assertEquals(List.of(new VectorType(List.of(4L), IntegerType.I1)), ov.resultTypes());
    }

    @Test
    void unknownEnumCaseIsAParseError() {
        Harness h = new Harness(TestOps.cmpi());
        h.value("%a", I32);
        ParseException e = assertThrows(ParseException.class, () -> h.parse("test.cmpi", "bad, %a, %a : i32"));
        assertTrue(e.getMessage().contains("expected predicate to be one of: eq, ne"), e.getMessage());
    }

    @Test
    void addiUsesSameOperandsAndResultTypeAndDefaults() {
        Harness h = new Harness(TestOps.addi());
        h.value("%a", I32);
        h.value("%b", I32);
        Operation plain = h.parse("test.addi", "%a, %b : i32");
        assertEquals(List.of(I32), plain.resultTypes());
        assertEquals(new TestOps.Overflow("none"), plain.properties().get("overflowFlags"));
        assertEquals("test.addi %a, %b : i32", h.print(plain));
        Operation nsw = h.parse("test.addi", "%a, %b overflow<nsw> : i32");
        assertEquals(new TestOps.Overflow("nsw"), nsw.properties().get("overflowFlags"));
        assertEquals("test.addi %a, %b overflow<nsw> : i32", h.print(nsw));
    }

    @Test
    void operandTypeMismatchIsReportedByResolution() {
        Harness h = new Harness(TestOps.addi());
        h.value("%a", I32);
        h.value("%f", F32);
        ParseException e = assertThrows(ParseException.class, () -> h.parse("test.addi", "%a, %f : i32"));
        assertTrue(e.getMessage().contains("use of value '%f' expects different type"), e.getMessage());
    }

    @Test
    void loadInfersElementTypeAndIndexOperands() {
        Harness h = new Harness(TestOps.load(), TestOps.store());
        h.value("%m", M44);
        h.value("%i", IDX);
        h.value("%x", F32);
        Operation o = h.parse("test.load", "%m[%i, %i] : memref<4x4xf32>");
        assertEquals(List.of(F32), o.resultTypes());
        assertEquals(3, o.numOperands());
        assertEquals("test.store %x, %m[%i, %i] : memref<4x4xf32>",
            h.roundTrip("test.store", "%x, %m[%i, %i] : memref<4x4xf32>"));
        assertEquals("test.load %m[] : memref<4x4xf32>", h.roundTrip("test.load", "%m[] : memref<4x4xf32>"));
    }

    @Test
    void condBrComputesSegmentSizes() {
        Harness h = new Harness(TestOps.condBr());
        h.value("%c", IntegerType.I1);
        h.value("%a", I32);
        h.value("%f", F32);
        h.block("^bb1");
        h.block("^bb2");
        Operation o = h.parse("test.cond_br", "%c, ^bb1(%a, %f : i32, f32), ^bb2");
        assertEquals(DenseArrayAttr.i32(1, 2, 0), o.properties().get(OpDef.OPERAND_SEGMENT_SIZES));
        assertEquals(List.of(h.blocks.get("^bb1"), h.blocks.get("^bb2")), o.successors());
        assertEquals("test.cond_br %c, ^bb1(%a, %f : i32, f32), ^bb2", h.print(o));
    }

    @Test
    void subviewRoundTripsDynamicAndStaticIndices() {
        Harness h = new Harness(TestOps.subview());
        h.value("%m", M44);
        h.value("%i", IDX);
        String text = "%m[%i, 1] [2, %i] [1, 1] : memref<4x4xf32> to memref<2x2xf32>";
        Operation o = h.parse("test.subview", text);
        assertEquals(DenseArrayAttr.i32(1, 1, 1, 0), o.properties().get(OpDef.OPERAND_SEGMENT_SIZES));
        assertEquals(DenseArrayAttr.i64(Long.MIN_VALUE, 1), o.properties().get("static_offsets"));
        assertEquals("test.subview " + text, h.print(o));
    }

    @Test
    void allocOptionalGroupWithEmptyLiteralAndAttrDict() {
        Harness h = new Harness(TestOps.alloc());
        h.value("%i", IDX);
        Operation o = h.parse("test.alloc", "(%i)[%i] {alignment = 8} : memref<?xf32>");
        assertEquals(IntegerAttr.i64(8), o.properties().get("alignment"));
        assertEquals(DenseArrayAttr.i32(1, 1), o.properties().get(OpDef.OPERAND_SEGMENT_SIZES));
        assertEquals("test.alloc(%i)[%i] {alignment = 8 : i64} : memref<?xf32>", h.print(o));
        assertEquals("test.alloc() : memref<4xf32>", h.roundTrip("test.alloc", "() : memref<4xf32>"));
    }

    @Test
    void llvmConstantParsesFullAttribute() {
        Harness h = new Harness(TestOps.llvmConstant());
        Operation o = h.parse("test.mlir.constant", "(7 : i32) : i32");
        assertEquals(IntegerAttr.i32(7), o.properties().get("value"));
        assertEquals("test.mlir.constant(7 : i32) : i32", h.print(o));
    }

    @Test
    void shuffleInfersResultWithHint() {
        Harness h = new Harness(TestOps.shuffle());
        h.value("%v", new VectorType(List.of(4L, 8L), F32));
        Operation o = h.parse("test.shuffle", "%v, %v [0, 1, 2] : vector<4x8xf32>, vector<4x8xf32>");
        assertEquals(List.of(new VectorType(List.of(3L, 8L), F32)), o.resultTypes());
        assertEquals(DenseArrayAttr.i64(0, 1, 2), o.properties().get("mask"));
        assertEquals("test.shuffle %v, %v [0, 1, 2] : vector<4x8xf32>, vector<4x8xf32>", h.print(o));
    }

    @Test
    void callUsesFunctionalType() {
        Harness h = new Harness(TestOps.call());
        h.value("%a", I32);
        h.value("%x", F32);
        Operation o = h.parse("test.call", "@f(%a, %x) : (i32, f32) -> (i32, f32)");
        assertEquals(SymbolRefAttr.flat("f"), o.properties().get("callee"));
        assertEquals(List.of(I32, F32), o.resultTypes());
        assertEquals("test.call @f(%a, %x) : (i32, f32) -> (i32, f32)", h.print(o));
        assertThrows(ParseException.class, () -> h.parse("test.call", "@f(%a) : (i32, i32) -> ()"));
    }

    @Test
    void selectResolvesThroughChainedRules() {
        Harness h = new Harness(TestOps.select());
        h.value("%c", IntegerType.I1);
        h.value("%a", F32);
        Operation o = h.parse("test.select", "%c, %a, %a : f32");
        assertEquals(List.of(F32), o.resultTypes());
        assertEquals("test.select %c, %a, %a : f32", h.print(o));
    }

    @Test
    void padSetsUnitAnchorAndEnsuresTerminator() {
        Harness h = new Harness(TestOps.pad(), TestOps.yield());
        h.value("%t", new RankedTensorType(List.of(4L), F32));
        h.value("%i", IDX);
        Operation o = h.parse("test.pad", "%t nofold low[%i] high[2] {test.other} : tensor<4xf32> to tensor<?xf32>");
        assertEquals(UnitAttr.UNIT, o.properties().get("nofold"));
        assertEquals(1, o.numRegions());
        List<String> names = o.region(0).entryBlock().operations().stream().map(Operation::name).toList();
        assertEquals(List.of("test.other", "test.yield"), names);
        assertEquals("test.pad %t nofold low[%i] high[2] {test.other} : tensor<4xf32> to tensor<?xf32>", h.print(o));
        Operation plain = h.parse("test.pad", "%t low[1] high[2] {} : tensor<4xf32> to tensor<7xf32>");
        assertNull(plain.properties().get("nofold"));
        assertEquals(1, plain.region(0).blocks().size(), "single block regions get their block");
        assertEquals("test.pad %t low[1] high[2] {} : tensor<4xf32> to tensor<7xf32>", h.print(plain));
    }

    @Test
    void oilistClausesInAnyOrderOnce() {
        Harness h = new Harness(TestOps.teams());
        h.value("%c", IntegerType.I1);
        Operation o = h.parse("test.teams", "nowait thread_limit(%c) {}");
        assertEquals(UnitAttr.UNIT, o.properties().get("nowait"));
        assertEquals(DenseArrayAttr.i32(0, 1), o.properties().get(OpDef.OPERAND_SEGMENT_SIZES));
        assertEquals("test.teams thread_limit(%c) nowait {}", h.print(o));
        ParseException e = assertThrows(ParseException.class, () -> h.parse("test.teams", "nowait nowait {}"));
        assertTrue(e.getMessage().contains("'nowait' clause can appear at most once"), e.getMessage());
    }

    @Test
    void symbolNamesStringsUnitsAndTypes() {
        Harness h = new Harness(TestOps.global());
        Operation o = h.parse("test.global", "\"private\" constant @g : i32 {extra = 1 : i32}");
        assertEquals(new StringAttr("g"), o.properties().get("sym_name"));
        assertEquals(new StringAttr("private"), o.properties().get("sym_visibility"));
        assertEquals(UnitAttr.UNIT, o.properties().get("constant"));
        assertEquals(IntegerAttr.i32(1), o.attributes().get("extra"));
        assertEquals("test.global \"private\" constant @g : i32 {extra = 1 : i32}", h.print(o));
        assertEquals("test.global @h : f32", h.roundTrip("test.global", "@h : f32"));
    }

    @Test
    void resultSegmentsAndTypeResults() {
        OpDef def = OpDef.builder("test.multi")
            .variadicOperand("ins", TestOps.ANY)
            .variadicResult("a", TestOps.ANY).variadicResult("b", TestOps.ANY)
            .assemblyFormat("$ins attr-dict `:` type($ins) `->` `(` type($a) `)` `(` type($b) `)`").build();
        Harness h = new Harness(def);
        h.value("%x", I32);
        Operation o = h.parse("test.multi", "%x, %x : i32, i32 -> (f32, i32) (i32)");
        assertEquals(DenseArrayAttr.i32(2, 1), o.properties().get(OpDef.RESULT_SEGMENT_SIZES));
        assertEquals(List.of(F32, I32, I32), o.resultTypes());
        assertEquals("test.multi %x, %x : i32, i32 -> (f32, i32) (i32)", h.print(o));
        // As MLIR's generated printer: the space before an empty variadic list is printed all the same.
        assertEquals("test.multi  :  -> () ()", h.roundTrip("test.multi", ": -> () ()"));
    }

    @Test
    void operandsAndResultsDirectives() {
        OpDef def = OpDef.builder("test.generic")
            .operand("x", TestOps.ANY).variadicOperand("rest", TestOps.ANY).variadicResult("r", TestOps.ANY)
            .assemblyFormat("operands attr-dict `:` functional-type(operands, results)").build();
        Harness h = new Harness(def);
        h.value("%a", I32);
        h.value("%x", F32);
        Operation o = h.parse("test.generic", "%a, %x, %x : (i32, f32, f32) -> (index)");
        assertEquals(3, o.numOperands());
        assertEquals(List.of(IDX), o.resultTypes());
        assertEquals("test.generic %a, %x, %x : (i32, f32, f32) -> index", h.print(o));
    }

    @Test
    void elseBranchOfOptionalGroup() {
        OpDef def = OpDef.builder("test.either")
            .optionalAttr("fast", org.jmlir.ods.Constraints.UNIT_ATTR)
            .assemblyFormat("(`fast` $fast^) : (`slow`)? attr-dict").build();
        Harness h = new Harness(def);
        Operation fast = h.parse("test.either", "fast");
        assertEquals(UnitAttr.UNIT, fast.properties().get("fast"));
        assertEquals("test.either fast", h.print(fast));
        Operation slow = h.parse("test.either", "slow");
        assertNull(slow.properties().get("fast"));
        assertEquals("test.either slow", h.print(slow));
    }

    @Test
    void typeAttributeAsTypeSourceAndBuildableTypes() {
        OpDef def = OpDef.builder("test.const")
            .attr("value", org.jmlir.ods.Constraints.TYPED_ATTR).operand("idx", org.jmlir.ods.Constraints.INDEX)
            .result("result", TestOps.ANY)
            .implement(FormatHints.class, FormatHints.builder().allTypesMatch("value", "result").build())
            .assemblyFormat("$idx `,` $value attr-dict").build();
        Harness h = new Harness(def);
        h.value("%i", IDX);
        Operation o = h.parse("test.const", "%i, 5 : i16");
        assertEquals(List.of(IntegerType.I16), o.resultTypes());
        assertEquals("test.const %i, 5 : i16", h.print(o));
    }

    @Test
    void customDirectiveWithRefsAndOptionalStart() {
        CustomDirective arrow = new CustomDirective() {
            @Override
            public boolean parse(org.jmlir.asm.OpAsmParser p, ParseArgs args) {
                if (!p.parseOptional("=>")) return false;
                args.setType(0, p.parseType());
                // ref(type($in)): known from earlier in the format
                if (args.type(1) == null) throw p.error("ref not visible");
                return true;
            }

            @Override
            public void print(org.jmlir.asm.OpAsmPrinter p, Operation op, PrintArgs args) {
                p.print("=> ");
                p.printType(args.type(0));
            }
        };
        OpDef def = OpDef.builder("test.conv").operand("in", TestOps.ANY).optionalResult("out", TestOps.ANY)
            .implement(FormatHints.class, FormatHints.builder().customDirective("Arrow", arrow).build())
            .assemblyFormat("$in `:` type($in) (custom<Arrow>(type($out), ref(type($in)))^)? attr-dict").build();
        Harness h = new Harness(def);
        h.value("%a", I32);
        Operation o = h.parse("test.conv", "%a : i32 => f32");
        assertEquals(List.of(F32), o.resultTypes());
        assertEquals("test.conv %a : i32 => f32", h.print(o));
        Operation none = h.parse("test.conv", "%a : i32");
        assertEquals(0, none.numResults());
        assertEquals("test.conv %a : i32", h.print(none));
    }

    @Test
    void attrDictWithKeywordBeforeRegion() {
        OpDef def = OpDef.builder("test.scope").region("body")
            .assemblyFormat("attr-dict-with-keyword $body").build();
        Harness h = new Harness(def);
        Operation o = h.parse("test.scope", "attributes {k = 1 : i32} {test.x}");
        assertEquals(IntegerAttr.i32(1), o.attributes().get("k"));
        assertEquals("test.scope attributes {k = 1 : i32} {test.x}", h.print(o));
        assertEquals("test.scope {}", h.roundTrip("test.scope", "{}"));
    }

    @Test
    void functionalTypeWithVariables() {
        OpDef def = OpDef.builder("test.apply").variadicOperand("args", TestOps.ANY).result("res", TestOps.ANY)
            .assemblyFormat("`(` $args `)` attr-dict `:` functional-type($args, $res)").build();
        Harness h = new Harness(def);
        h.value("%a", I32);
        Operation o = h.parse("test.apply", "(%a) : (i32) -> f32");
        assertEquals(List.of(F32), o.resultTypes());
        assertEquals("test.apply(%a) : (i32) -> f32", h.print(o));
        assertEquals(new FunctionType(List.of(I32), List.of(F32)),
            new FunctionType(o.operandTypes(), o.resultTypes()));
    }
}

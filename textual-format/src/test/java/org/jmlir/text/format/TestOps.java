package org.jmlir.text.format;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.asm.AsmPrinter;
import org.jmlir.ir.attr.DialectAttribute;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.RankedTensorType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;
import org.jmlir.ir.type.VectorType;
import org.jmlir.ods.AttrConstraint;
import org.jmlir.ods.Constraints;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Trait;
import org.jmlir.ods.TypeConstraint;

/** Upstream-like op definitions (named test.*), with the formats MLIR declares for them. */
final class TestOps {
    private TestOps() {}

    /** A stand-in for {@code #arith.overflow<...>}. */
    record Overflow(String flags) implements DialectAttribute {
        @Override public String dialectNamespace() { return "arith"; }

        @Override public String mnemonic() { return "overflow"; }

        @Override public void printParameters(AsmPrinter p) { p.print("<" + flags + ">"); }
    }

    static final AttrConstraint OVERFLOW = new AttrConstraint("overflow flags", a -> a instanceof Overflow, p -> {
        p.parse("<");
        String kw = p.parseKeyword();
        p.parse(">");
        return new Overflow(kw);
    });

    static final TypeConstraint ANY = Constraints.ANY;

    static OpDef addi() {
        return OpDef.builder("test.addi")
            .operand("lhs", Constraints.SIGNLESS_INTEGER_LIKE).operand("rhs", Constraints.SIGNLESS_INTEGER_LIKE)
            .result("result", Constraints.SIGNLESS_INTEGER_LIKE)
            .defaultAttr("overflowFlags", OVERFLOW, new Overflow("none"))
            .traits(Trait.PURE, Trait.SAME_OPERANDS_AND_RESULT_TYPE)
            .assemblyFormat("$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)").build();
    }

    static final List<String> CMPI_CASES = List.of("eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge");

    static OpDef cmpi() {
        String[] cases = CMPI_CASES.toArray(String[]::new);
        return OpDef.builder("test.cmpi")
            .attr("predicate", Constraints.I64_ATTR)
            .operand("lhs", Constraints.SIGNLESS_INTEGER_LIKE).operand("rhs", Constraints.SIGNLESS_INTEGER_LIKE)
            .result("result", Constraints.BOOL_LIKE)
            .implement(FormatHints.class, FormatHints.builder()
                .enumKeywords("predicate", IntegerType.I64, cases)
                .allTypesMatch("lhs", "rhs")
                .typesMatchWith("lhs", "result", TestOps::i1SameShape).build())
            .assemblyFormat("$predicate `,` $lhs `,` $rhs attr-dict `:` type($lhs)").build();
    }

    static Type i1SameShape(Type t) {
        if (t instanceof VectorType v) return new VectorType(v.shape(), IntegerType.I1);
        if (t instanceof RankedTensorType r) return new RankedTensorType(r.shape(), IntegerType.I1);
        return IntegerType.I1;
    }

    static OpDef load() {
        return OpDef.builder("test.load")
            .operand("memref", Constraints.MEMREF).variadicOperand("indices", Constraints.INDEX)
            .result("result", ANY)
            .implement(FormatHints.class, FormatHints.builder().elementTypeOf("result", "memref").build())
            .assemblyFormat("$memref `[` $indices `]` attr-dict `:` type($memref)").build();
    }

    static OpDef store() {
        return OpDef.builder("test.store")
            .operand("value", ANY).operand("memref", Constraints.MEMREF).variadicOperand("indices", Constraints.INDEX)
            .implement(FormatHints.class, FormatHints.builder().elementTypeOf("value", "memref").build())
            .assemblyFormat("$value `,` $memref `[` $indices `]` attr-dict `:` type($memref)").build();
    }

    static OpDef yield() {
        return OpDef.builder("test.yield").variadicOperand("results", ANY).traits(Trait.TERMINATOR)
            .assemblyFormat("attr-dict ($results^ `:` type($results))?").build();
    }

    static OpDef condBr() {
        return OpDef.builder("test.cond_br")
            .operand("condition", Constraints.I1)
            .variadicOperand("trueDestOperands", ANY).variadicOperand("falseDestOperands", ANY)
            .successor("trueDest").successor("falseDest").traits(Trait.TERMINATOR)
            .assemblyFormat("$condition `,` $trueDest (`(` $trueDestOperands^ `:` type($trueDestOperands) `)`)? `,`"
                + " $falseDest (`(` $falseDestOperands^ `:` type($falseDestOperands) `)`)? attr-dict").build();
    }

    static OpDef subview() {
        return OpDef.builder("test.subview")
            .operand("source", Constraints.MEMREF)
            .variadicOperand("offsets", Constraints.INDEX).variadicOperand("sizes", Constraints.INDEX)
            .variadicOperand("strides", Constraints.INDEX)
            .attr("static_offsets", Constraints.DENSE_I64_ARRAY).attr("static_sizes", Constraints.DENSE_I64_ARRAY)
            .attr("static_strides", Constraints.DENSE_I64_ARRAY)
            .result("result", Constraints.MEMREF)
            .assemblyFormat("$source `` custom<DynamicIndexList>($offsets, $static_offsets)"
                + " custom<DynamicIndexList>($sizes, $static_sizes) custom<DynamicIndexList>($strides, $static_strides)"
                + " attr-dict `:` type($source) `to` type($result)").build();
    }

    static OpDef llvmConstant() {
        return OpDef.builder("test.mlir.constant").attr("value", Constraints.ANY_ATTR).result("res", ANY)
            .assemblyFormat("`(` $value `)` attr-dict `:` type($res)").build();
    }

    static OpDef extract() {
        return OpDef.builder("test.extract")
            .operand("source", Constraints.VECTOR).variadicOperand("dynamic_position", Constraints.INDEX)
            .attr("static_position", Constraints.DENSE_I64_ARRAY).result("result", ANY)
            .assemblyFormat("$source `` custom<DynamicIndexList>($dynamic_position, $static_position)"
                + " attr-dict `:` type($result) `from` type($source)").build();
    }

    static OpDef alloc() {
        return OpDef.builder("test.alloc")
            .variadicOperand("dynamicSizes", Constraints.INDEX).variadicOperand("symbolOperands", Constraints.INDEX)
            .optionalAttr("alignment", Constraints.I64_ATTR).result("memref", Constraints.MEMREF)
            .assemblyFormat("`(`$dynamicSizes`)` (`` `[` $symbolOperands^ `]`)? attr-dict `:` type($memref)").build();
    }

    static OpDef indexCast() {
        return OpDef.builder("test.index_cast").operand("in", ANY).result("out", ANY)
            .assemblyFormat("$in attr-dict `:` type($in) `to` type($out)").build();
    }

    static OpDef shuffle() {
        return OpDef.builder("test.shuffle")
            .operand("v1", Constraints.VECTOR).operand("v2", Constraints.VECTOR)
            .attr("mask", Constraints.DENSE_I64_ARRAY).result("vector", Constraints.VECTOR)
            .implement(FormatHints.class, FormatHints.builder().inferResultTypes(ctx -> {
                VectorType v1 = (VectorType) ctx.type("v1");
                int n = ((org.jmlir.ir.attr.DenseArrayAttr) ctx.attribute("mask")).size();
                List<Long> shape = new ArrayList<>(v1.shape());
                shape.set(0, (long) n);
                ctx.setType("vector", new VectorType(shape, v1.elementType()));
            }).build())
            .assemblyFormat("$v1 `,` $v2 $mask attr-dict `:` type($v1) `,` type($v2)").build();
    }

    static OpDef pad() {
        return OpDef.builder("test.pad")
            .operand("source", Constraints.TENSOR)
            .variadicOperand("low", Constraints.INDEX).variadicOperand("high", Constraints.INDEX)
            .attr("static_low", Constraints.DENSE_I64_ARRAY).attr("static_high", Constraints.DENSE_I64_ARRAY)
            .optionalAttr("nofold", Constraints.UNIT_ATTR)
            .region("region").result("result", Constraints.TENSOR)
            .traits(Trait.singleBlockImplicitTerminator("test.yield"))
            .assemblyFormat("$source (`nofold` $nofold^)? `low` `` custom<DynamicIndexList>($low, $static_low)"
                + " `high` `` custom<DynamicIndexList>($high, $static_high) $region attr-dict `:` type($source)"
                + " `to` type($result)").build();
    }

    static OpDef call() {
        return OpDef.builder("test.call").attr("callee", Constraints.FLAT_SYMBOL_REF_ATTR)
            .variadicOperand("operands", ANY).variadicResult("results", ANY)
            .assemblyFormat("$callee `(` $operands `)` attr-dict `:` functional-type($operands, results)").build();
    }

    static OpDef select() {
        return OpDef.builder("test.select")
            .operand("condition", Constraints.BOOL_LIKE).operand("true_value", ANY).operand("false_value", ANY)
            .result("result", ANY)
            .implement(FormatHints.class, FormatHints.builder()
                .allTypesMatch("true_value", "false_value", "result")
                .typesMatchWith("result", "condition", TestOps::i1SameShape).build())
            .assemblyFormat("$condition `,` $true_value `,` $false_value attr-dict `:` type($result)").build();
    }

    static OpDef teams() {
        return OpDef.builder("test.teams")
            .optionalOperand("num_teams", Constraints.I1).optionalOperand("thread_limit", Constraints.I1)
            .optionalAttr("nowait", Constraints.UNIT_ATTR)
            .region("region")
            .assemblyFormat("oilist(`num_teams` `(` $num_teams `)` | `thread_limit` `(` $thread_limit `)`"
                + " | `nowait` $nowait) $region attr-dict").build();
    }

    static OpDef global() {
        return OpDef.builder("test.global")
            .attr("sym_name", Constraints.SYMBOL_NAME_ATTR).optionalAttr("sym_visibility", Constraints.STRING_ATTR)
            .optionalAttr("constant", Constraints.UNIT_ATTR).attr("type", Constraints.TYPE_ATTR)
            .assemblyFormat("($sym_visibility^)? (`constant` $constant^)? $sym_name `:` $type attr-dict").build();
    }

    static List<Long> dyn(long... d) {
        List<Long> l = new ArrayList<>();
        for (long x : d) l.add(x < 0 ? ShapedType.DYNAMIC : x);
        return l;
    }
}

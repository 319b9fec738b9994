package org.jmlir.dialect.memref;

import static org.jmlir.ods.Constraints.ANY;
import static org.jmlir.ods.Constraints.ANY_ATTR;
import static org.jmlir.ods.Constraints.DENSE_I64_ARRAY;
import static org.jmlir.ods.Constraints.FLAT_SYMBOL_REF_ATTR;
import static org.jmlir.ods.Constraints.INDEX;
import static org.jmlir.ods.Constraints.STRING_ATTR;
import static org.jmlir.ods.Constraints.UNIT_ATTR;

import java.util.List;
import java.util.function.BiConsumer;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.TypeAttr;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.UnrankedMemRefType;
import org.jmlir.ods.AttrConstraint;
import org.jmlir.ods.Constraints;
import org.jmlir.ods.OpAsmHooks;
import org.jmlir.iface.MemoryEffectOpInterface;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.OpVerifier;
import org.jmlir.ods.Trait;
import org.jmlir.ods.TypeConstraint;
import org.jmlir.text.format.FormatHints;

/**
 * Buffers and views of them, as upstream MLIR's {@code memref} dialect. Most ops use upstream's declarative formats
 * (with the format's built-in {@code custom<DynamicIndexList>} and {@link FormatHints} for enum keywords and implied
 * types). Hand-written forms remain where the format cannot say it: load/store (upstream's
 * DefaultValuedOptionalAttr {@code nontemporal} is elided when false yet not materialized), global (its
 * type-and-initializer directive) and alloca_scope (custom upstream too).
 */
public final class MemRefDialect extends Dialect {
    // Type constraints with upstream's summaries (verifier messages quote them).
    static final TypeConstraint MEMREF = new TypeConstraint("memref of any type values", t -> t instanceof MemRefType);
    static final TypeConstraint RANKED_OR_UNRANKED = new TypeConstraint("ranked or unranked memref of any type values",
        t -> t instanceof MemRefType || t instanceof UnrankedMemRefType);
    static final TypeConstraint NON0_RANKED_OR_UNRANKED = new TypeConstraint(
        "unranked.memref of any type values or non-0-ranked.memref of any type values",
        t -> t instanceof UnrankedMemRefType || t instanceof MemRefType m && m.rank() > 0);
    static final TypeConstraint STRIDED = new TypeConstraint("strided memref of any type values",
        t -> t instanceof MemRefType m && Layouts.stridesAndOffset(m) != null);
    static final TypeConstraint STATIC_MEMREF = new TypeConstraint("statically shaped memref of any type values",
        t -> t instanceof MemRefType m && m.hasStaticShape());
    static final TypeConstraint BYTE_BUFFER = new TypeConstraint("1D memref of 8-bit signless integer values",
        t -> t instanceof MemRefType m && m.rank() == 1 && m.elementType().equals(IntegerType.I8));

    static final TypeConstraint SHAPE_BUFFER = new TypeConstraint("1D memref of signless integer or index values",
        t -> t instanceof MemRefType m && m.rank() == 1 && Constraints.SIGNLESS_INTEGER_OR_INDEX.test(m.elementType()));

    static final AttrConstraint POSITIVE_I32 = new AttrConstraint("32-bit signless integer attribute whose value is "
        + "positive", a -> a instanceof IntegerAttr i && i.type().equals(IntegerType.I32) && i.value().signum() > 0);
    static final AttrConstraint ALIGNMENT = new AttrConstraint("64-bit signless integer attribute whose value is "
        + "positive and whose value is a power of two > 0", a -> a instanceof IntegerAttr i
        && i.type().equals(IntegerType.I64) && i.value().signum() > 0 && i.value().bitCount() == 1);
    static final AttrConstraint MEMREF_TYPE_ATTR = new AttrConstraint("memref type attribute",
        a -> a instanceof TypeAttr t && t.value() instanceof MemRefType);
    static final AttrConstraint REASSOCIATION = Constraints.arrayOf(
        Constraints.arrayOf(Constraints.I64_ATTR, "array of 64-bit integers"),
        "Array of 64-bit integer array attributes");
    static final AttrConstraint ATOMIC_KIND = new AttrConstraint("allowed 64-bit signless integer cases: 0, 1, 2, 3, 4, "
        + "5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15", a -> a instanceof IntegerAttr i && i.type().equals(IntegerType.I64)
        && i.longValue() >= 0 && i.longValue() < MemRefDialect.ATOMIC_KINDS.size());

    /** arith's AtomicRMWKind cases in value order: the keyword in the custom form, the i64 in the generic one. */
    static final List<String> ATOMIC_KINDS = List.of("addf", "addi", "andi", "assign", "maximumf", "maxnumf", "maxs",
        "maxu", "minimumf", "minnumf", "mins", "minu", "mulf", "muli", "ori", "xori");

    /** Every op of the dialect may be inlined into any region (upstream's inliner interface says the same). */
    @Override
    public org.jmlir.iface.DialectInlinerInterface inlinerInterface() {
        return org.jmlir.iface.DialectInlinerInterface.ALL_LEGAL;
    }

    @Override public String namespace() { return "memref"; }

    /** Suggests {@code %name} (uniqued as {@code %name_0, ...}) for an op's single result, as upstream does. */
    private static OpAsmHooks named(String name) {
        return new OpAsmHooks() {
            @Override public void resultNames(Operation op, BiConsumer<Value, String> setName) {
                setName.accept(op.result(0), name);
            }
        };
    }

    private static OpDef.Builder allocLike(String name, OpVerifier verifier) {
        return OpDef.builder(name).variadicOperand("dynamicSizes", INDEX).variadicOperand("symbolOperands", INDEX)
            .optionalAttr("alignment", ALIGNMENT).result("memref", MEMREF)
            .verifier(verifier).implement(OpAsmHooks.class, named(name.substring(7)))
            .assemblyFormat("`(`$dynamicSizes`)` (`` `[` $symbolOperands^ `]`)? attr-dict `:` type($memref)");
    }

    /** Upstream's {@code custom<DynamicIndexList>} for one of the offsets/sizes/strides groups. */
    private static String list(String group) {
        return "custom<DynamicIndexList>($" + group + ", $static_" + group + ")";
    }

    private static OpDef.Builder offsetsSizesStrides(OpDef.Builder b) {
        return b.variadicOperand("offsets", INDEX).variadicOperand("sizes", INDEX).variadicOperand("strides", INDEX)
            .attr("static_offsets", DENSE_I64_ARRAY).attr("static_sizes", DENSE_I64_ARRAY)
            .attr("static_strides", DENSE_I64_ARRAY).traits(Trait.PURE);
    }

    /** Folded sizes and ranks are index constants of arith, as upstream materializes them. */
    @Override
    public org.jmlir.ir.Operation materializeConstant(org.jmlir.ir.Builder builder, org.jmlir.ir.attr.Attribute value,
                                                      org.jmlir.ir.type.Type type, org.jmlir.ir.attr.Location loc) {
        return org.jmlir.dialect.arith.ArithConstants.materialize(builder, value, type, loc);
    }

    @Override
    public List<OpDef> operations() {
        return List.of(
            allocLike("memref.alloc", MemRefVerifiers::allocLike).canonicalization(MemRefPatterns.deadAlloc("memref.alloc")).implement(MemoryEffectOpInterface.class, MemRefEffects.ALLOC).summary("memory allocation operation").build(),
            allocLike("memref.alloca", MemRefVerifiers::alloca).canonicalization(MemRefPatterns.deadAlloc("memref.alloca")).implement(MemoryEffectOpInterface.class, MemRefEffects.ALLOCA).summary("stack memory allocation operation").build(),
            OpDef.builder("memref.dealloc").summary("memory deallocation operation")
                .operand("memref", RANKED_OR_UNRANKED).implement(MemoryEffectOpInterface.class, MemRefEffects.DEALLOC).folder(MemRefFolders::castOperands)
                .assemblyFormat("$memref attr-dict `:` type($memref)").build(),
            OpDef.builder("memref.load").summary("load operation")
                .operand("memref", MEMREF).variadicOperand("indices", INDEX)
                .optionalAttr("nontemporal", Constraints.BOOL_ATTR).optionalAttr("alignment", ALIGNMENT)
                .result("result", ANY).implement(MemoryEffectOpInterface.class, MemRefEffects.LOAD).folder(MemRefFolders::castOperands).verifier(MemRefVerifiers::load).customAssembly(new LoadStoreSyntax(true)).build(),
            OpDef.builder("memref.store").summary("store operation")
                .operand("value", ANY).operand("memref", MEMREF).variadicOperand("indices", INDEX)
                .optionalAttr("nontemporal", Constraints.BOOL_ATTR).optionalAttr("alignment", ALIGNMENT)
                .implement(MemoryEffectOpInterface.class, MemRefEffects.STORE).folder(MemRefFolders::castOperands).verifier(MemRefVerifiers::store).customAssembly(new LoadStoreSyntax(false)).build(),
            offsetsSizesStrides(OpDef.builder("memref.subview").summary("memref subview operation")
                .operand("source", MEMREF)).result("result", MEMREF)
                .verifier(SubViewVerifier::subview).implement(OpAsmHooks.class, named("subview"))
                .assemblyFormat("$source `` " + list("offsets") + " " + list("sizes") + " " + list("strides")
                    + " attr-dict `:` type($source) `to` type($result)").build(),
            offsetsSizesStrides(OpDef.builder("memref.reinterpret_cast")
                .summary("memref reinterpret cast operation").operand("source", RANKED_OR_UNRANKED)).result("result", STRIDED)
                .verifier(SubViewVerifier::reinterpretCast).implement(OpAsmHooks.class, named("reinterpret_cast"))
                .assemblyFormat("$source `to` `offset` `` `:` " + list("offsets") + " `` `,` `sizes` `` `:` "
                    + list("sizes") + " `` `,` `strides` `` `:` " + list("strides")
                    + " attr-dict `:` type($source) `to` type($result)").build(),
            OpDef.builder("memref.cast").summary("memref cast operation")
                .operand("source", RANKED_OR_UNRANKED).result("dest", RANKED_OR_UNRANKED).traits(Trait.PURE)
                .folder(MemRefFolders::cast).verifier(MemRefVerifiers::cast).implement(OpAsmHooks.class, named("cast"))
                .assemblyFormat("$source attr-dict `:` type($source) `to` type($dest)").build(),
            OpDef.builder("memref.dim").summary("dimension index operation")
                .operand("source", NON0_RANKED_OR_UNRANKED).operand("index", INDEX).result("result", INDEX)
                .traits(Trait.PURE).folder(MemRefFolders::dim).implement(OpAsmHooks.class, named("dim"))
                .assemblyFormat("attr-dict $source `,` $index `:` type($source)").build(),
            OpDef.builder("memref.rank").summary("rank operation")
                .operand("memref", RANKED_OR_UNRANKED).result("result", INDEX).traits(Trait.PURE)
                .folder(MemRefFolders::rank)
                .assemblyFormat("$memref attr-dict `:` type($memref)").build(),
            OpDef.builder("memref.global").summary("declare or define a global memref variable")
                .attr("sym_name", STRING_ATTR).optionalAttr("sym_visibility", STRING_ATTR)
                .attr("type", MEMREF_TYPE_ATTR).optionalAttr("initial_value", ANY_ATTR)
                .optionalAttr("constant", UNIT_ATTR).optionalAttr("alignment", ALIGNMENT)
                .traits(Trait.SYMBOL).verifier(MemRefVerifiers::global).customAssembly(new GlobalSyntax()).build(),
            OpDef.builder("memref.get_global").summary("get the memref pointing to a global variable")
                .attr("name", FLAT_SYMBOL_REF_ATTR).result("result", STATIC_MEMREF).traits(Trait.PURE)
                .verifier(MemRefVerifiers::getGlobal)
                .assemblyFormat("$name `:` type($result) attr-dict").build(),
            OpDef.builder("memref.copy").summary("copies the data from the source to the destination memref")
                .operand("source", RANKED_OR_UNRANKED).operand("target", RANKED_OR_UNRANKED)
                .verifier(MemRefVerifiers::copy).canonicalization(MemRefPatterns.SELF_COPY).implement(MemoryEffectOpInterface.class, MemRefEffects.COPY).folder(MemRefFolders::castOperands)
                .assemblyFormat("$source `,` $target attr-dict `:` type($source) `to` type($target)").build(),
            OpDef.builder("memref.expand_shape").summary("operation to produce a memref with a higher rank.")
                .operand("src", STRIDED).variadicOperand("output_shape", INDEX)
                .attr("reassociation", REASSOCIATION).attr("static_output_shape", DENSE_I64_ARRAY)
                .result("result", STRIDED).traits(Trait.PURE)
                .verifier(ReshapeVerifier::expand).implement(OpAsmHooks.class, named("expand_shape"))
                .assemblyFormat("$src $reassociation `output_shape` custom<DynamicIndexList>($output_shape, "
                    + "$static_output_shape) attr-dict `:` type($src) `into` type($result)").build(),
            OpDef.builder("memref.collapse_shape").summary("operation to produce a memref with a smaller rank.")
                .operand("src", STRIDED).attr("reassociation", REASSOCIATION).result("result", STRIDED)
                .traits(Trait.PURE)
                .verifier(ReshapeVerifier::collapse).implement(OpAsmHooks.class, named("collapse_shape"))
                .assemblyFormat("$src $reassociation attr-dict `:` type($src) `into` type($result)").build(),
            OpDef.builder("memref.view").summary("memref view operation")
                .operand("source", BYTE_BUFFER).operand("byte_shift", INDEX).variadicOperand("sizes", INDEX)
                .result("result", MEMREF).traits(Trait.PURE)
                .verifier(MemRefVerifiers::view).implement(OpAsmHooks.class, named("view"))
                .assemblyFormat("$source `[` $byte_shift `]` `` `[` $sizes `]` attr-dict `:` type($source) `to` "
                    + "type(results)").build(),
            OpDef.builder("memref.alloca_scope").summary("explicitly delimited scope for stack allocation")
                .variadicResult("results", ANY).sizedRegion("bodyRegion", 1)
                .traits(Trait.AUTOMATIC_ALLOCATION_SCOPE, Trait.RECURSIVE_MEMORY_EFFECTS, Trait.NO_REGION_ARGUMENTS,
                    Trait.singleBlockImplicitTerminator("memref.alloca_scope.return"))
                .regionVerifier(MemRefVerifiers::allocaScopeRegions).canonicalization(MemRefPatterns.INLINE_ALLOCA_SCOPE)
                .customAssembly(new AllocaScopeSyntax()).build(),
            OpDef.builder("memref.alloca_scope.return").summary("terminator for alloca_scope operation")
                .variadicOperand("results", ANY)
                .traits(Trait.hasParent("memref.alloca_scope"), Trait.PURE, Trait.RETURN_LIKE, Trait.TERMINATOR)
                .assemblyFormat("attr-dict ($results^ `:` type($results))?").build(),
            OpDef.builder("memref.memory_space_cast").summary("memref memory space cast operation")
                .operand("source", RANKED_OR_UNRANKED).result("dest", RANKED_OR_UNRANKED).traits(Trait.PURE)
                .verifier(MemRefVerifiers::memorySpaceCast).implement(OpAsmHooks.class, named("memspacecast"))
                .assemblyFormat("$source attr-dict `:` type($source) `to` type($dest)").build(),
            OpDef.builder("memref.reshape").summary("memref reshape operation")
                .operand("source", RANKED_OR_UNRANKED).operand("shape", SHAPE_BUFFER).result("result", RANKED_OR_UNRANKED)
                .traits(Trait.PURE).verifier(MemRefVerifiers::reshape).implement(OpAsmHooks.class, named("reshape"))
                .assemblyFormat("$source `(` $shape `)` attr-dict `:` functional-type(operands, results)").build(),
            OpDef.builder("memref.assume_alignment").summary("assumption that gives alignment information to the "
                    + "input memref")
                .operand("memref", MEMREF).attr("alignment", POSITIVE_I32).result("result", MEMREF).traits(Trait.PURE)
                .verifier(MemRefVerifiers::assumeAlignment).implement(OpAsmHooks.class, named("assume_align"))
                .implement(FormatHints.class, FormatHints.builder().allTypesMatch("memref", "result").build())
                .assemblyFormat("$memref `,` $alignment attr-dict `:` type($memref)").build(),
            OpDef.builder("memref.extract_aligned_pointer_as_index").summary("Extracts a memref's underlying aligned "
                    + "pointer as an index")
                .operand("source", RANKED_OR_UNRANKED).result("aligned_pointer", INDEX).traits(Trait.PURE)
                .implement(OpAsmHooks.class, named("intptr"))
                .assemblyFormat("$source `:` type($source) `->` type(results) attr-dict").build(),
            OpDef.builder("memref.atomic_rmw").summary("atomic read-modify-write operation")
                .attr("kind", ATOMIC_KIND).operand("value", Constraints.SIGNLESS_INTEGER.or(Constraints.FLOAT))
                .operand("memref", MEMREF).variadicOperand("indices", INDEX)
                .result("result", Constraints.SIGNLESS_INTEGER.or(Constraints.FLOAT))
                .implement(MemoryEffectOpInterface.class, MemRefEffects.ATOMIC_RMW).folder(MemRefFolders::castOperands).verifier(MemRefVerifiers::atomicRmw)
                .implement(FormatHints.class, FormatHints.builder()
                    .enumKeywords("kind", IntegerType.I64, ATOMIC_KINDS.toArray(String[]::new)).build())
                .assemblyFormat("$kind $value `,` $memref `[` $indices `]` attr-dict `:` `(` type($value) `,` "
                    + "type($memref) `)` `->` type($result)").build());
    }
}

package org.jmlir.dialect.scf;

import static org.jmlir.ods.Constraints.ANY;
import static org.jmlir.ods.Constraints.DENSE_I64_ARRAY;
import static org.jmlir.ods.Constraints.I1;
import static org.jmlir.ods.Constraints.INDEX;
import static org.jmlir.ods.Constraints.SIGNLESS_INTEGER_OR_INDEX;
import static org.jmlir.ods.Constraints.UNIT_ATTR;

import java.util.List;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.attr.DialectAttribute;
import org.jmlir.ir.attr.OpaqueAttr;
import org.jmlir.ir.type.RankedTensorType;
import org.jmlir.ods.AttrConstraint;
import org.jmlir.ods.Constraints;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Trait;
import org.jmlir.ods.TypeConstraint;

/**
 * Structured control flow, as upstream MLIR's {@code scf} dialect: loops and conditionals whose bodies are regions.
 * Ops with irregular syntax (for, if, while, parallel, execute_region, index_switch, forall) have hand-written custom
 * forms, as upstream does; the terminators use declarative formats.
 */
public final class ScfDialect extends Dialect {
    static final TypeConstraint RANKED_TENSOR = new TypeConstraint("ranked tensor of any type values",
        t -> t instanceof RankedTensorType);

    /** Mapping attributes come from other dialects (#gpu.thread<x>); any dialect attribute is accepted. */
    static final AttrConstraint DEVICE_MAPPING = Constraints.arrayOf(new AttrConstraint("device mapping attribute",
        a -> a instanceof DialectAttribute || a instanceof OpaqueAttr), "Device Mapping array attribute");

    static final Trait IMPLICIT_YIELD = Trait.singleBlockImplicitTerminator("scf.yield");

    /** Every op of the dialect may be inlined into any region (upstream's inliner interface says the same). */
    @Override
    public org.jmlir.iface.DialectInlinerInterface inlinerInterface() {
        return org.jmlir.iface.DialectInlinerInterface.ALL_LEGAL;
    }

    @Override public String namespace() { return "scf"; }

    @Override
    public List<OpDef> operations() {
        return List.of(
            OpDef.builder("scf.for").summary("for operation")
                .operand("lowerBound", SIGNLESS_INTEGER_OR_INDEX).operand("upperBound", SIGNLESS_INTEGER_OR_INDEX)
                .operand("step", SIGNLESS_INTEGER_OR_INDEX).variadicOperand("initArgs", ANY)
                .variadicResult("results", ANY).sizedRegion("region", 1)
                .traits(Trait.AFFINE_SCOPE, Trait.AUTOMATIC_ALLOCATION_SCOPE, IMPLICIT_YIELD,
                    Trait.RECURSIVE_MEMORY_EFFECTS)
                .verifier(ScfVerifiers::forOp).regionVerifier(ScfVerifiers::forRegions)
                .implement(org.jmlir.iface.RegionBranchOpInterface.class, ScfInterfaces.FOR).implement(org.jmlir.iface.LoopLikeOpInterface.class, ScfInterfaces.SINGLE_BODY_LOOP)
                .implement(org.jmlir.iface.ConditionallySpeculatable.class, ScfInterfaces.FOR_SPECULATION)
                .canonicalization(LoopPatterns.FOR_ITER_ARGS_FOLDER, LoopPatterns.SIMPLIFY_TRIVIAL_LOOPS)
                .customAssembly(new ForSyntax()).build(),
            OpDef.builder("scf.forall").summary("evaluate a block multiple times in parallel")
                .variadicOperand("dynamicLowerBound", INDEX).variadicOperand("dynamicUpperBound", INDEX)
                .variadicOperand("dynamicStep", INDEX).attr("staticLowerBound", DENSE_I64_ARRAY)
                .attr("staticUpperBound", DENSE_I64_ARRAY).attr("staticStep", DENSE_I64_ARRAY)
                .variadicOperand("outputs", RANKED_TENSOR).optionalAttr("mapping", DEVICE_MAPPING)
                .variadicResult("results", ANY).sizedRegion("region", 1)
                .traits(Trait.AUTOMATIC_ALLOCATION_SCOPE, Trait.RECURSIVE_MEMORY_EFFECTS,
                    Trait.singleBlockImplicitTerminator("scf.forall.in_parallel"))
                .implement(org.jmlir.iface.LoopLikeOpInterface.class, ScfInterfaces.SINGLE_BODY_LOOP)
                .verifier(ScfVerifiers::forall).customAssembly(new ForallSyntax()).build(),
            OpDef.builder("scf.forall.in_parallel").summary("terminates a `forall` block").sizedRegion("region", 1)
                .traits(Trait.PURE, Trait.TERMINATOR, Trait.hasParent("scf.forall"), Trait.NO_TERMINATOR,
                    Trait.SINGLE_BLOCK, Trait.GRAPH_REGIONS)
                .verifier(ScfVerifiers::inParallel).customAssembly(new InParallelSyntax()).build(),
            OpDef.builder("scf.if").summary("if-then-else operation")
                .operand("condition", I1).variadicResult("results", ANY)
                .sizedRegion("thenRegion", 1).maxSizedRegion("elseRegion", 1)
                .traits(IMPLICIT_YIELD, Trait.RECURSIVE_MEMORY_EFFECTS, Trait.NO_REGION_ARGUMENTS)
                .verifier(ScfVerifiers::ifOp).regionVerifier(ScfVerifiers::ifRegions)
                .implement(org.jmlir.iface.RegionBranchOpInterface.class, ScfInterfaces.IF).implement(org.jmlir.iface.ConditionallySpeculatable.class, ScfInterfaces.RECURSIVELY_SPECULATABLE)
                .canonicalization(IfPatterns.ALL).folder(IfPatterns::fold)
                .customAssembly(new IfSyntax()).build(),
            OpDef.builder("scf.while").summary("a generic 'while' loop")
                .variadicOperand("inits", ANY).variadicResult("results", ANY)
                .sizedRegion("before", 1).sizedRegion("after", 1)
                .traits(Trait.RECURSIVE_MEMORY_EFFECTS, Trait.SINGLE_BLOCK)
                .verifier(ScfVerifiers::whileOp).regionVerifier(ScfVerifiers::whileRegions)
                .implement(org.jmlir.iface.RegionBranchOpInterface.class, ScfInterfaces.WHILE)
                .canonicalization(WhilePatterns.ALL).implement(org.jmlir.iface.LoopLikeOpInterface.class, ScfInterfaces.WHILE_LOOP)
                .customAssembly(new WhileSyntax()).build(),
            OpDef.builder("scf.condition").summary("loop continuation condition")
                .operand("condition", I1).variadicOperand("args", ANY)
                .traits(Trait.hasParent("scf.while"), Trait.PURE, Trait.TERMINATOR)
                .implement(org.jmlir.iface.RegionBranchTerminatorOpInterface.class, ScfInterfaces.CONDITION)
                .assemblyFormat("`(` $condition `)` attr-dict ($args^ `:` type($args))?").build(),
            OpDef.builder("scf.parallel").summary("parallel for operation")
                .variadicOperand("lowerBound", INDEX).variadicOperand("upperBound", INDEX)
                .variadicOperand("step", INDEX).variadicOperand("initVals", ANY)
                .variadicResult("results", ANY).sizedRegion("region", 1)
                .traits(Trait.AUTOMATIC_ALLOCATION_SCOPE, Trait.RECURSIVE_MEMORY_EFFECTS,
                    Trait.singleBlockImplicitTerminator("scf.reduce"))
                .verifier(ScfVerifiers::parallelOp).implement(org.jmlir.iface.LoopLikeOpInterface.class, ScfInterfaces.SINGLE_BODY_LOOP)
                .customAssembly(new ParallelSyntax()).build(),
            OpDef.builder("scf.reduce").summary("reduce operation for scf.parallel")
                .variadicOperand("operands", ANY).variadicRegion("reductions", 1, 1)
                .traits(Trait.TERMINATOR, Trait.hasParent("scf.parallel"), Trait.RECURSIVE_MEMORY_EFFECTS)
                .regionVerifier(ScfVerifiers::reduceRegions)
                .assemblyFormat("(`(` $operands^ `:` type($operands) `)`)? $reductions attr-dict").build(),
            OpDef.builder("scf.reduce.return").summary("terminator for reduce operation")
                .operand("result", ANY)
                .traits(Trait.hasParent("scf.reduce"), Trait.PURE, Trait.TERMINATOR)
                .verifier(ScfVerifiers::reduceReturn)
                .assemblyFormat("$result attr-dict `:` type($result)").build(),
            OpDef.builder("scf.execute_region").summary("operation that executes its region exactly once")
                .variadicResult("results", ANY).optionalAttr("no_inline", UNIT_ATTR).region("region")
                .traits(Trait.RECURSIVE_MEMORY_EFFECTS)
                .verifier(ScfVerifiers::executeRegion).regionVerifier(ScfVerifiers::executeRegionRegions)
                .implement(org.jmlir.iface.RegionBranchOpInterface.class, ScfInterfaces.EXECUTE_REGION)
                .canonicalization(LoopPatterns.SINGLE_BLOCK_EXECUTE_INLINER,
                    ExecuteSwitchPatterns.MULTI_BLOCK_EXECUTE_INLINER, ExecuteSwitchPatterns.DROP_RESULTS)
                .customAssembly(new ExecuteRegionSyntax()).build(),
            OpDef.builder("scf.index_switch").summary("switch-case operation on an index argument")
                .operand("arg", INDEX).attr("cases", DENSE_I64_ARRAY).variadicResult("results", ANY)
                .sizedRegion("defaultRegion", 1).variadicRegion("caseRegions", 1, 1)
                .traits(Trait.RECURSIVE_MEMORY_EFFECTS, IMPLICIT_YIELD)
                .verifier(ScfVerifiers::indexSwitch).implement(org.jmlir.iface.RegionBranchOpInterface.class, ScfInterfaces.INDEX_SWITCH)
                .canonicalization(ExecuteSwitchPatterns.INDEX_SWITCH_CONSTANT_CASE)
                .customAssembly(new IndexSwitchSyntax()).build(),
            OpDef.builder("scf.yield").summary("loop yield and termination operation")
                .variadicOperand("results", ANY)
                .traits(Trait.PURE, Trait.RETURN_LIKE, Trait.TERMINATOR, Trait.hasParent("scf.execute_region",
                    "scf.for", "scf.if", "scf.index_switch", "scf.while"))
                .assemblyFormat("attr-dict ($results^ `:` type($results))?").build());
    }
}

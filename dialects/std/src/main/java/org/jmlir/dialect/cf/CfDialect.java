package org.jmlir.dialect.cf;

import static org.jmlir.ods.Constraints.ANY;
import static org.jmlir.ods.Constraints.ANY_INTEGER;
import static org.jmlir.ods.Constraints.DENSE_I32_ARRAY;
import static org.jmlir.ods.Constraints.I1;
import static org.jmlir.ods.Constraints.STRING_ATTR;

import java.util.List;
import org.jmlir.iface.BranchOpInterface;
import org.jmlir.ir.Dialect;
import org.jmlir.ods.AttrConstraint;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Segments;
import org.jmlir.ods.Trait;

/**
 * Upstream MLIR's {@code cf} dialect: unstructured control flow between blocks. Branches check that what they pass
 * fits the arguments of their successors (BranchOpInterface, see {@link Branches}).
 */
public final class CfDialect extends Dialect {
    static final AttrConstraint INT_ELEMENTS = new AttrConstraint("integer elements attribute",
        a -> a instanceof org.jmlir.ir.attr.DenseElementsAttr d
            && d.type().elementType() instanceof org.jmlir.ir.type.IntegerType);

    /** Every op of the dialect may be inlined into any region (upstream's inliner interface says the same). */
    @Override
    public org.jmlir.iface.DialectInlinerInterface inlinerInterface() {
        return org.jmlir.iface.DialectInlinerInterface.ALL_LEGAL;
    }

    @Override public String namespace() { return "cf"; }

    @Override
    public List<OpDef> operations() {
        return List.of(
            OpDef.builder("cf.assert").summary("Assert operation with message attribute")
                .operand("arg", I1).attr("msg", STRING_ATTR).canonicalization(CfPatterns.ASSERT_TRUE)
                .assemblyFormat("$arg `,` $msg attr-dict").build(),
            OpDef.builder("cf.br").summary("branch operation")
                .variadicOperand("destOperands", ANY).successor("dest").implement(BranchOpInterface.class, CfBranches.BR)
                .canonicalization(CfPatterns.BR_TO_BLOCK_WITH_SINGLE_PRED, CfPatterns.PASS_THROUGH_BR)
                .traits(Trait.PURE, Trait.TERMINATOR, Branches.trait((op, i) -> op.operands()))
                .assemblyFormat("$dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict").build(),
            OpDef.builder("cf.cond_br").summary("conditional branch operation")
                .operand("condition", I1).variadicOperand("trueDestOperands", ANY)
                .variadicOperand("falseDestOperands", ANY).optionalAttr("branch_weights", DENSE_I32_ARRAY)
                .successor("trueDest").successor("falseDest").implement(BranchOpInterface.class, CfBranches.COND_BR)
                .canonicalization(CfPatterns.CONST_COND_BRANCH, CfPatterns.PASS_THROUGH_COND_BRANCH,
                    CfPatterns.COND_BRANCH_IDENTICAL_SUCCESSORS, CfPatterns.COND_BRANCH_FROM_SAME_CONDITION,
                    CfPatterns.COND_BRANCH_TRUTH_PROPAGATION)
                .traits(Trait.PURE, Trait.TERMINATOR, Branches.weights(),
                    Branches.trait((op, i) -> Segments.operands(op, i == 0 ? "trueDestOperands" : "falseDestOperands")))
                .assemblyFormat("$condition (`weights` `(` $branch_weights^ `)`)? `,` $trueDest (`(` $trueDestOperands^ "
                    + "`:` type($trueDestOperands) `)`)? `,` $falseDest (`(` $falseDestOperands^ `:` "
                    + "type($falseDestOperands) `)`)? attr-dict").build(),
            OpDef.builder("cf.switch").summary("switch operation")
                .operand("flag", ANY_INTEGER).variadicOperand("defaultOperands", ANY)
                .variadicOperand("caseOperands", ANY)
                .optionalAttr("case_values", INT_ELEMENTS).attr("case_operand_segments", DENSE_I32_ARRAY)
                .successor("defaultDestination").variadicSuccessor("caseDestinations")
                .implement(BranchOpInterface.class, CfBranches.SWITCH)
                .traits(Trait.PURE, Trait.TERMINATOR, SwitchSyntax.CASE_SEGMENTS, Branches.trait(SwitchSyntax::successorOperands))
                .verifier(SwitchSyntax::verify)
                .canonicalization(SwitchPatterns.ONLY_DEFAULT, SwitchPatterns.DROP_CASES_MATCHING_DEFAULT,
                    SwitchPatterns.CONST_FLAG, SwitchPatterns.PASS_THROUGH, SwitchPatterns.FROM_SWITCH_ON_SAME_FLAG,
                    SwitchPatterns.FROM_DEFAULT_OF_SWITCH_ON_SAME_FLAG)
                .customAssembly(new SwitchSyntax()).build());
    }
}

package org.jmlir.dialect.arith;

import java.util.List;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmParser.Delimiter;
import org.jmlir.asm.OpAsmParser.UnresolvedOperand;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.CustomAssembly;

/**
 * {@code arith.select %c, %a, %b : i32} or, with a shaped condition, {@code : vector<4xi1>, vector<4xi32>}: upstream
 * hand-writes this form because the condition's type is spelled only when it is not i1.
 */
final class SelectSyntax implements CustomAssembly {
    @Override
    public void parse(OpAsmParser p, OperationState state) {
        List<UnresolvedOperand> ops = p.parseOperandList(Delimiter.NONE);
        if (ops.size() != 3) throw p.error("expected 3 operands");
        for (var a : p.parseOptionalAttrDict()) state.addAttribute(a.name(), a.value());
        List<Type> types = p.parseColonTypeList();
        if (types.size() > 2) throw p.error("expected 1 or 2 types");
        Type result = types.get(types.size() - 1);
        Type condition = types.size() == 2 ? types.get(0) : IntegerType.I1;
        state.addType(result);
        state.addOperands(p.resolveOperands(ops, List.of(condition, result, result)));
    }

    @Override
    public void print(Operation op, OpAsmPrinter p) {
        p.print(" ");
        p.printOperands(op.operands());
        p.printOpAttrDict(op, List.of());
        p.print(" : ");
        if (op.operand(0).type() instanceof ShapedType) {
            p.printType(op.operand(0).type());
            p.print(", ");
        }
        p.printType(op.result(0).type());
    }
}

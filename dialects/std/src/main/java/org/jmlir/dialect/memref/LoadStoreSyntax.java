package org.jmlir.dialect.memref;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmParser.Delimiter;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.dialect.scf.AsmSupport;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.CustomAssembly;

/**
 * {@code memref.load %m[%i, %j] {nontemporal = true} : memref<4x4xf32>} and
 * {@code memref.store %v, %m[%i, %j] : memref<4x4xf32>}: the loaded/stored type is the memref's element type, and
 * {@code nontemporal = false} (upstream's default value) is left out of the attribute dictionary.
 */
final class LoadStoreSyntax implements CustomAssembly {
    private final boolean load;

    LoadStoreSyntax(boolean load) { this.load = load; }

    @Override
    public void parse(OpAsmParser p, OperationState state) {
        OpAsmParser.UnresolvedOperand value = load ? null : p.parseOperand();
        if (!load) p.parse(",");
        var memref = p.parseOperand();
        var indices = p.parseOperandList(Delimiter.SQUARE);
        AsmSupport.addAttributes(state, p.parseOptionalAttrDict());
        p.parse(":");
        var typeLoc = p.currentLocation();
        Type t = p.parseType();
        if (!(t instanceof MemRefType m)) throw p.errorAt(typeLoc, "invalid kind of type specified: expected builtin.memref, but found '" + org.jmlir.asm.AsmText.of(t) + "'");
        if (!load) state.addOperand(p.resolveOperand(value, m.elementType()));
        state.addOperand(p.resolveOperand(memref, m));
        state.addOperands(AsmSupport.resolveAll(p, indices, IndexType.INDEX));
        if (load) state.addType(m.elementType());
    }

    @Override
    public void print(Operation op, OpAsmPrinter p) {
        int m = load ? 0 : 1;
        p.print(" ");
        if (!load) p.printOperand(op.operand(0)).print(", ");
        p.printOperand(op.operand(m)).print("[");
        p.printOperands(op.operands().subList(m + 1, op.numOperands())).print("]");
        List<String> elided = new ArrayList<>();
        if (IntegerAttr.FALSE.equals(op.attr("nontemporal"))) elided.add("nontemporal");
        p.printOpAttrDict(op, elided);
        p.print(" : ").printType(op.operand(m).type());
    }
}

package org.jmlir.iface;

import java.util.List;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.SymbolRefAttr;

/** A call (MLIR's CallOpInterface): func.call, and later llvm.call. */
public interface CallOpInterface {
    /** The callee symbol, or null for an indirect call. */
    SymbolRefAttr callee(Operation call);

    /** For an indirect call, the callee value; null otherwise. */
    default Value calleeValue(Operation call) { return null; }

    /** The operands passed as the callee's arguments. */
    List<Value> argOperands(Operation call);
}

package org.jmlir.dialect.func;

import java.util.List;
import org.jmlir.iface.CallOpInterface;
import org.jmlir.iface.CallableOpInterface;
import org.jmlir.iface.DialectInlinerInterface;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.SymbolRefAttr;
import org.jmlir.ir.attr.TypeAttr;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.Type;
import org.jmlir.rewrite.PatternRewriter;

/** func's calls and callables as the inliner and call-graph analyses see them, and how func.return is inlined. */
final class FuncInterfaces {
    private FuncInterfaces() {}

    static final CallOpInterface CALL = new CallOpInterface() {
        @Override public SymbolRefAttr callee(Operation call) { return (SymbolRefAttr) call.attr("callee"); }

        @Override public List<Value> argOperands(Operation call) { return call.operands(); }
    };

    static final CallOpInterface CALL_INDIRECT = new CallOpInterface() {
        @Override public SymbolRefAttr callee(Operation call) { return null; }

        @Override public Value calleeValue(Operation call) { return call.operand(0); }

        @Override public List<Value> argOperands(Operation call) { return call.operands().subList(1, call.numOperands()); }
    };

    static final CallableOpInterface FUNC = new CallableOpInterface() {
        @Override public Region callableRegion(Operation f) { return f.region(0).isEmpty() ? null : f.region(0); }

        @Override public List<Type> argumentTypes(Operation f) { return functionType(f).inputs(); }

        @Override public List<Type> resultTypes(Operation f) { return functionType(f).results(); }

        private FunctionType functionType(Operation f) {
            return (FunctionType) ((TypeAttr) f.attr("function_type")).value();
        }
    };

    /** Everything may be inlined; func.return becomes the call's results, or a branch to the continuation. */
    static final DialectInlinerInterface INLINER = new DialectInlinerInterface() {
        @Override
        public boolean canHandleTerminator(Operation terminator) { return terminator.name().equals("func.return"); }

        @Override
        public void handleTerminator(Operation ret, List<Value> valuesToReplace, PatternRewriter r) {
            for (int i = 0; i < valuesToReplace.size(); i++) r.replaceAllUsesWith(valuesToReplace.get(i), ret.operand(i));
        }

        @Override
        public void handleTerminator(Operation ret, Block continuation, PatternRewriter r) {
            r.setInsertionPoint(ret);
            OperationState s = r.state("cf.br", ret.location()).addOperands(ret.operands());
            s.addSuccessor(continuation);
            r.create(s);
            r.eraseOp(ret);
        }
    };
}

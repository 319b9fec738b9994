package org.jmlir.builtin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jmlir.ir.Block;
import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.verify.Verifier;
import org.junit.jupiter.api.Test;

/** builtin.module as the verifier sees it: a symbol table whose single block needs no terminator. */
class BuiltinModuleVerifyTest {
    private final Context ctx = new Context();

    BuiltinModuleVerifyTest() {
        ctx.loadDialect(new BuiltinDialect());
        ctx.diagnostics().addHandler(d -> {});
    }

    private Operation module(String name) {
        OperationState s = new OperationState(ctx.operationName("builtin.module"), Location.UNKNOWN);
        s.addRegion().addBlock(new Block());
        if (name != null) s.addAttribute("sym_name", new StringAttr(name));
        return Operation.create(s);
    }

    @Test
    void emptyAndNestedModules() {
        Operation top = module(null);
        assertTrue(Verifier.verify(top));
        top.region(0).entryBlock().append(module("a"));
        top.region(0).entryBlock().append(module("b"));
        assertTrue(Verifier.verify(top));
        top.region(0).entryBlock().append(module("a"));
        assertFalse(Verifier.verify(top));
    }
}

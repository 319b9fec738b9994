package org.jmlir.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.jmlir.ods.OpDef;
import org.junit.jupiter.api.Test;

class DialectRegistryTest {
    private static Dialect named(String ns) {
        return new Dialect() {
            @Override public String namespace() { return ns; }

            @Override public List<OpDef> operations() { return List.of(OpDef.builder(ns + ".op").build()); }
        };
    }

    @Test
    void builtinsComeFromServiceLoaderWithTheBuiltinOrigin() {
        DialectRegistry r = DialectRegistry.withBuiltins();
        assertEquals(DialectRegistry.BUILTIN, r.lookup("builtin").origin());
    }

    @Test
    void aTakenNamespaceIsRefusedAndTheOwnerReturned() {
        DialectRegistry r = new DialectRegistry();
        DialectRegistry.Entry first = new DialectRegistry.Entry("t", () -> named("t"), "p1");
        assertNull(r.register(first));
        assertSame(first, r.register(new DialectRegistry.Entry("t", () -> named("t"), "p2")));
        assertEquals("p1", r.lookup("t").origin());
    }

    @Test
    void contextsGetFreshDialectsFromTheRegistry() {
        DialectRegistry r = DialectRegistry.withBuiltins();
        r.register(new DialectRegistry.Entry("t", () -> named("t"), "p1"));
        Context a = Context.withDialects(r);
        Context b = Context.withDialects(r);
        assertNotNull(a.registeredOperationName("t.op"));
        assertNotSame(a.dialect("t"), b.dialect("t"));
        assertNotSame(a.dialect("builtin"), b.dialect("builtin"));
    }
}

package org.jmlir.plugins.faults;

import java.util.List;
import org.jmlir.ir.Dialect;
import org.jmlir.ods.OpDef;

/** Tiny dialects for the fault plugins: a namespace with one op, {@code NS.op}, printed generically. */
public final class Dialects {
    private Dialects() {}

    public static Dialect named(String namespace) {
        return new Dialect() {
            @Override public String namespace() { return namespace; }

            @Override public List<OpDef> operations() {
                return List.of(OpDef.builder(namespace + ".op").summary("a fault-test op").build());
            }
        };
    }
}

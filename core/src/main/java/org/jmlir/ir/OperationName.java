package org.jmlir.ir;

import org.jmlir.ods.OpDef;

/**
 * The name of an operation, {@code dialect.op}, and its definition when a loaded dialect registers it. Interned per
 * context: compare with {@code ==}.
 */
public final class OperationName {
    private final String name;
    private final String dialectNamespace;
    private final OpDef definition;
    private final Context context;

    OperationName(String name, OpDef definition, Context context) {
        this.name = name;
        this.context = context;
        int dot = name.indexOf('.');
        this.dialectNamespace = dot < 0 ? "" : name.substring(0, dot);
        this.definition = definition;
    }

    public String name() { return name; }

    public Context context() { return context; }

    public String dialectNamespace() { return dialectNamespace; }

    /** The op's definition, or null for an unregistered op. */
    public OpDef definition() { return definition; }

    public boolean isRegistered() { return definition != null; }

    @Override
    public String toString() { return name; }
}

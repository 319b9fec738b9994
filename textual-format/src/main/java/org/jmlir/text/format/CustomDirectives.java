package org.jmlir.text.format;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of custom directives by name ({@code custom<Name>(...)}). Dialects register theirs once, e.g. in a
 * static initializer or {@code Dialect.initialize}; registering again from the same code is harmless.
 * {@code DynamicIndexList} (MLIR's {@code [%a, 4, %b]} with a static i64 array) is built in.
 */
public final class CustomDirectives {
    private static final Map<String, CustomDirective> REGISTRY = new ConcurrentHashMap<>();

    static {
        REGISTRY.put("DynamicIndexList", new DynamicIndexList());
    }

    private CustomDirectives() {}

    /**
     * Registers {@code directive} under {@code name}. A second registration of the same name is accepted when it comes
     * from the same class (the same lambda or directive type), and refused otherwise.
     */
    public static void register(String name, CustomDirective directive) {
        Objects.requireNonNull(directive);
        CustomDirective prev = REGISTRY.putIfAbsent(name, directive);
        if (prev != null && prev != directive && prev.getClass() != directive.getClass()) {
            throw new IllegalStateException("custom directive '" + name + "' is already registered by "
                + prev.getClass().getName());
        }
    }

    /** The directive registered under {@code name}, or null. */
    public static CustomDirective lookup(String name) { return REGISTRY.get(name); }
}

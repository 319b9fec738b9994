package org.jmlir.text.format;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of custom directives by name ({@code custom<Name>(...)}). Dialects register theirs once, e.g. in a
 * static initializer or {@code Dialect.initialize}; registering again from the same code is harmless.
 * {@code DynamicIndexList} (MLIR's {@code [%a, 4, %b]} with a static i64 array) is built in; a dialect may register
 * its own under that name instead.
 */
public final class CustomDirectives {
    private static final Map<String, CustomDirective> REGISTRY = new ConcurrentHashMap<>();
    /** The directives this package provides; a dialect may replace them with its own. */
    private static final Map<String, CustomDirective> BUILT_IN = Map.of("DynamicIndexList", new DynamicIndexList());

    static {
        REGISTRY.putAll(BUILT_IN);
    }

    private CustomDirectives() {}

    /**
     * Registers {@code directive} under {@code name}. It replaces a built-in directive of that name; a second
     * registration of a name is accepted when it comes from the same class (the same lambda or directive type), and
     * refused otherwise.
     */
    public static void register(String name, CustomDirective directive) {
        Objects.requireNonNull(directive);
        REGISTRY.compute(name, (k, prev) -> {
            if (prev == null || prev == BUILT_IN.get(k) || prev.getClass() == directive.getClass()) return directive;
            throw new IllegalStateException("custom directive '" + name + "' is already registered by "
                + prev.getClass().getName());
        });
    }

    /** Forgets the directive registered under {@code name}, restoring the built-in one if there is one (tests). */
    static void unregister(String name) {
        CustomDirective builtIn = BUILT_IN.get(name);
        if (builtIn != null) REGISTRY.put(name, builtIn);
        else REGISTRY.remove(name);
    }

    /** The directive registered under {@code name}, or null. */
    public static CustomDirective lookup(String name) { return REGISTRY.get(name); }
}

package org.jmlir.pass;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The passes known by name, each with where it came from ({@code builtin} for those found through
 * {@link PassRegistration} services, or a plugin's id). Pipelines and jopt's pass flags look passes up here.
 */
public final class PassRegistry {
    /** A registered pass and its origin. */
    public record Entry(PassInfo info, String origin) {}

    private final Map<String, Entry> passes = new TreeMap<>();

    /** A registry with every {@link PassRegistration} service visible to {@code loader}, origin {@code builtin}. */
    public static PassRegistry withBuiltins(ClassLoader loader) {
        PassRegistry r = new PassRegistry();
        for (PassRegistration reg : ServiceLoader.load(PassRegistration.class, loader)) {
            for (PassInfo p : reg.passes()) r.register(p, "builtin");
        }
        return r;
    }

    public static PassRegistry withBuiltins() { return withBuiltins(PassRegistry.class.getClassLoader()); }

    /**
     * Adds a pass.
     *
     * @throws IllegalStateException naming both origins when the name is taken
     */
    public synchronized void register(PassInfo info, String origin) {
        Entry prev = passes.get(info.argument());
        if (prev != null) {
            throw new IllegalStateException("pass '" + info.argument() + "' from " + origin
                + " is already registered by " + prev.origin());
        }
        passes.put(info.argument(), new Entry(info, origin));
    }

    public synchronized Entry lookup(String name) { return passes.get(name); }

    /** All entries, sorted by pass name. */
    public synchronized Collection<Entry> entries() {
        return Collections.unmodifiableCollection(new TreeMap<>(passes).values());
    }
}

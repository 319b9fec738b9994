package org.jmlir.ir;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The dialects a tool may load, each with where it came from: {@link #BUILTIN} for those found with
 * {@link ServiceLoader} on the class path, or the id of the plugin that contributed it. A namespace has one owner:
 * {@link #register} refuses a second one and returns the entry that keeps it, so the caller can report the clash.
 * Contexts load their dialects from a registry ({@link Context#withDialects}).
 */
public final class DialectRegistry {
    /** The origin of dialects found on the class path. */
    public static final String BUILTIN = "builtin";

    /** A dialect: its namespace, a factory making a fresh instance per context, and its origin. */
    public record Entry(String namespace, Supplier<? extends Dialect> factory, String origin) {
        public Dialect create() { return factory.get(); }
    }

    private final Map<String, Entry> entries = new TreeMap<>();

    public DialectRegistry() {}

    /** A registry holding the dialects found with ServiceLoader on core's class loader. */
    public static DialectRegistry withBuiltins() {
        DialectRegistry r = new DialectRegistry();
        for (Entry e : Builtins.ENTRIES) r.register(e);
        return r;
    }

    /**
     * Adds {@code entry} unless its namespace is taken; returns null when added, else the entry already there
     * (the registry is unchanged).
     */
    public synchronized Entry register(Entry entry) {
        Entry prev = entries.putIfAbsent(entry.namespace(), entry);
        return prev;
    }

    public synchronized Entry lookup(String namespace) { return entries.get(namespace); }

    /** Every entry, sorted by namespace. */
    public synchronized Collection<Entry> entries() { return List.copyOf(entries.values()); }

    /** Loads a fresh instance of every registered dialect into {@code context}. */
    public void loadAllInto(Context context) {
        for (Entry e : entries()) context.loadDialect(e.create());
    }

    /** ServiceLoader is scanned once per process: the providers make a fresh dialect on every {@code get()}. */
    private static final class Builtins {
        static final List<Entry> ENTRIES = scan();

        private static List<Entry> scan() {
            List<Entry> out = new ArrayList<>();
            for (ServiceLoader.Provider<Dialect> p
                : ServiceLoader.load(Dialect.class, Context.class.getClassLoader()).stream().toList()) {
                out.add(new Entry(p.get().namespace(), p::get, BUILTIN));
            }
            return List.copyOf(out);
        }
    }
}

package org.jmlir.plugins.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.DialectRegistry;
import org.jmlir.pass.PassInfo;
import org.jmlir.plugins.DialectProvider;
import org.jmlir.plugins.Frontend;
import org.jmlir.plugins.JmlirVersion;
import org.jmlir.plugins.PassProvider;
import org.jmlir.plugins.Target;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads PF4J plugins from named directories (and nowhere else) and feeds what they contribute into the tool's
 * registries, with each plugin's id as origin. Nothing a plugin does stops the others: a jar that cannot be read,
 * a plugin needing a newer jmlir, one whose {@code start()} or extensions throw, and one claiming a dialect
 * namespace or pass name already taken (by a built-in or by a plugin earlier in id order) each become a
 * {@link PluginFault}, and the rest is registered.
 *
 * <p>This lives in its own module rather than in core (core must not depend on PF4J) or in plugins/api (plugin
 * authors compile against that one; the host machinery is not theirs to call).
 */
public final class PluginHost {
    private PluginHost() {}

    /**
     * Loads the plugins in {@code dirs}, registers their dialects into {@code dialects} and their passes into
     * {@code passes}. The plugins stay loaded for the life of the process (their classes back the registered
     * entries).
     */
    public static PluginReport load(List<Path> dirs, DialectRegistry dialects, PassSink passes) {
        List<PluginFault> faults = new ArrayList<>();
        List<Path> roots = new ArrayList<>();
        for (Path d : dirs) {
            if (Files.isDirectory(d)) roots.add(d.toAbsolutePath().normalize());
            else faults.add(new PluginFault(d.toString(), "plugins directory does not exist"));
        }
        List<PluginReport.LoadedPlugin> loaded = new ArrayList<>();
        List<PluginReport.Contribution<Frontend>> frontends = new ArrayList<>();
        List<PluginReport.Contribution<Target>> targets = new ArrayList<>();
        if (roots.isEmpty()) return new PluginReport(loaded, frontends, targets, faults);

        JmlirPluginManager pm = new JmlirPluginManager(roots);
        try {
            pm.loadPlugins();
        } catch (RuntimeException e) {
            // Dependency resolution failures abort PF4J's whole load: report them, keep what built-ins give.
            faults.addAll(pm.loadFaults);
            faults.add(new PluginFault("*", "plugins could not be resolved: " + describe(e)));
            return new PluginReport(loaded, frontends, targets, faults);
        }
        faults.addAll(pm.loadFaults);
        List<PluginWrapper> plugins = new ArrayList<>(pm.getPlugins());
        plugins.sort(Comparator.comparing(PluginWrapper::getPluginId));
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (PluginWrapper w : plugins) {
            if (w.getPluginState() == PluginState.DISABLED || w.getPluginState() == PluginState.FAILED) {
                String requires = w.getDescriptor().getRequires();
                if (!pm.getVersionManager().checkVersionConstraint(JmlirVersion.current(), atLeast(requires))) {
                    faults.add(new PluginFault(w.getPluginId(), "requires jmlir " + requires + ", but this is jmlir "
                        + JmlirVersion.current() + "; not loaded"));
                    reported.add(w.getPluginId());
                } else if (w.getPluginState() == PluginState.FAILED) {
                    faults.add(new PluginFault(w.getPluginId(), "cannot be loaded: " + describe(w.getFailedException())));
                    reported.add(w.getPluginId());
                }
            }
        }
        pm.startPlugins();
        Map<String, String> frontendOwners = new HashMap<>();
        Map<String, String> targetOwners = new HashMap<>();
        for (PluginWrapper w : plugins) {
            String id = w.getPluginId();
            if (reported.contains(id)) continue;
            if (w.getPluginState() == PluginState.FAILED) {
                faults.add(new PluginFault(id, "failed to start: " + describe(w.getFailedException())));
                continue;
            }
            if (w.getPluginState() != PluginState.STARTED) continue;
            try {
                for (DialectProvider p : pm.getExtensions(DialectProvider.class, id)) {
                    for (Supplier<? extends Dialect> f : p.dialects()) registerDialect(f, id, dialects, faults);
                }
                for (PassProvider p : pm.getExtensions(PassProvider.class, id)) {
                    for (PassInfo info : p.passes()) {
                        String owner = passes.register(info, id);
                        if (owner != null) {
                            faults.add(new PluginFault(id, "pass '" + info.argument() + "' is already provided by "
                                + describeOrigin(owner) + "; the plugin's pass is ignored"));
                        }
                    }
                }
                for (Frontend f : pm.getExtensions(Frontend.class, id)) {
                    claim(f, Frontend::name, "frontend", id, frontendOwners, frontends, faults);
                }
                for (Target t : pm.getExtensions(Target.class, id)) {
                    claim(t, Target::name, "target", id, targetOwners, targets, faults);
                }
                loaded.add(new PluginReport.LoadedPlugin(id, w.getDescriptor().getVersion()));
            } catch (RuntimeException | LinkageError e) {
                faults.add(new PluginFault(id, "its extensions failed: " + describe(e)));
            }
        }
        return new PluginReport(List.copyOf(loaded), List.copyOf(frontends), List.copyOf(targets),
            List.copyOf(faults));
    }

    private static void registerDialect(Supplier<? extends Dialect> factory, String id, DialectRegistry dialects,
        List<PluginFault> faults) {
        String ns = factory.get().namespace();
        DialectRegistry.Entry owner = dialects.register(new DialectRegistry.Entry(ns, factory, id));
        if (owner != null) {
            faults.add(new PluginFault(id, "dialect namespace '" + ns + "' is already provided by "
                + describeOrigin(owner.origin()) + "; the plugin's dialect is ignored"));
        }
    }

    private static <T> void claim(T ext, Function<T, String> name, String kind, String id, Map<String, String> owners,
        List<PluginReport.Contribution<T>> out, List<PluginFault> faults) {
        String n = name.apply(ext);
        String owner = owners.putIfAbsent(n, id);
        if (owner == null) out.add(new PluginReport.Contribution<>(ext, id));
        else faults.add(new PluginFault(id, kind + " '" + n + "' is already provided by " + describeOrigin(owner)
            + "; ignored"));
    }

    /** PF4J reads a bare {@code 1.2.3} in Plugin-Requires as "at least"; so do we. */
    private static String atLeast(String requires) {
        String r = requires == null ? "*" : requires.trim();
        if (r.isEmpty()) return "*";
        return r.matches("\\d+\\.\\d+\\.\\d+") ? ">=" + r : r;
    }

    static String describeOrigin(String origin) {
        return DialectRegistry.BUILTIN.equals(origin) ? "a built-in" : "plugin '" + origin + "'";
    }

    /** The exception and its innermost cause, without stack traces. */
    static String describe(Throwable e) {
        if (e == null) return "unknown error";
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String first = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (root == e) return first;
        return first + " (caused by " + root.getClass().getSimpleName()
            + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
    }
}

package org.jmlir.tools.opt;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.DialectRegistry;
import org.jmlir.pass.PassRegistry;
import org.jmlir.plugins.host.PluginFault;
import org.jmlir.plugins.host.PluginHost;

/**
 * The dialects and passes one jopt run can use: the built-ins (ServiceLoader) plus what the plugins in
 * {@code --plugins-dir} and {@code JMLIR_PLUGINS_DIR} contribute, each with its origin ("builtin" or the plugin id).
 * Plugin faults are printed to stderr as warnings and do not change the exit code: everything else keeps working.
 */
final class Registries {
    /** Path-separated list of plugin directories, searched after those given with --plugins-dir. */
    static final String PLUGINS_DIR_ENV = "JMLIR_PLUGINS_DIR";
    static final String PLUGINS_DIR_FLAG = "--plugins-dir";

    final DialectRegistry dialects = DialectRegistry.withBuiltins();
    final PassRegistry passes = PassRegistry.withBuiltins();

    private Registries() {}

    /**
     * Built-ins plus the plugins of the directories named by {@code --plugins-dir} in {@code args} (read before
     * picocli parses them, since plugin passes are flags too) and then by the environment variable's value.
     */
    static Registries load(List<String> args, String envValue, PrintStream err) {
        Registries r = new Registries();
        List<Path> dirs = new ArrayList<>(pluginDirArgs(args));
        if (envValue != null) {
            for (String d : envValue.split(File.pathSeparator)) if (!d.isBlank()) dirs.add(Path.of(d));
        }
        if (dirs.isEmpty()) return r;
        for (PluginFault f : PluginHost.load(dirs, r.dialects, r::registerPluginPass).faults()) {
            err.println("jopt: warning: " + f);
        }
        return r;
    }

    /** The values of {@code --plugins-dir DIR} and {@code --plugins-dir=DIR}, in order. */
    static List<Path> pluginDirArgs(List<String> args) {
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(PLUGINS_DIR_FLAG) && i + 1 < args.size()) dirs.add(Path.of(args.get(++i)));
            else if (a.startsWith(PLUGINS_DIR_FLAG + "=")) dirs.add(Path.of(a.substring(PLUGINS_DIR_FLAG.length() + 1)));
        }
        return dirs;
    }

    /** PluginHost's sink: null when registered, else the origin that keeps the name. */
    private String registerPluginPass(org.jmlir.pass.PassInfo info, String origin) {
        PassRegistry.Entry prev = passes.lookup(info.argument());
        if (prev != null) return prev.origin();
        passes.register(info, origin);
        return null;
    }
}

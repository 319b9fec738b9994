package org.jmlir.plugins.host;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jmlir.plugins.JmlirVersion;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginWrapper;

/**
 * PF4J's manager over the given directories only, checking {@code Plugin-Requires} against jmlir's version, and
 * remembering why a jar failed to load (PF4J itself only logs it, and by jar path).
 */
final class JmlirPluginManager extends DefaultPluginManager {
    final List<PluginFault> loadFaults = new ArrayList<>();

    JmlirPluginManager(List<Path> roots) {
        super(roots);
        setSystemVersion(JmlirVersion.current());
    }

    @Override
    protected PluginWrapper loadPluginFromPath(Path pluginPath) {
        try {
            // PF4J reports a second jar with a loaded id only as a long message; name both jars instead.
            String id = getPluginDescriptorFinder().find(pluginPath).getPluginId();
            PluginWrapper first = id == null ? null : getPlugin(id);
            if (first != null) {
                loadFaults.add(new PluginFault(id, "the jar '" + pluginPath.getFileName()
                    + "' has the id of the plugin already loaded from '" + first.getPluginPath().getFileName()
                    + "'; ignored"));
                return null;
            }
            return super.loadPluginFromPath(pluginPath);
        } catch (RuntimeException e) {
            String why = notAZip(pluginPath);
            loadFaults.add(new PluginFault(pluginPath.getFileName().toString(),
                "cannot be loaded: " + (why != null ? why : PluginHost.describe(e))));
            return null;
        }
    }

    /** Why a jar is unreadable as a zip file, or null if it reads (or is a directory). */
    private static String notAZip(Path p) {
        if (!java.nio.file.Files.isRegularFile(p)) return null;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(p.toFile())) {
            return null;
        } catch (java.io.IOException e) {
            return "not a valid jar file (" + e.getMessage() + ")";
        }
    }
}

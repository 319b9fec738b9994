package org.jmlir.plugins.host;

import java.util.List;
import org.jmlir.plugins.Frontend;
import org.jmlir.plugins.Target;

/**
 * What loading plugins gave: the plugins that started (id and version), the frontends and targets they
 * contribute (for jtranslate), and every fault, in a stable order (directory scan, then plugin id).
 */
public record PluginReport(List<LoadedPlugin> plugins, List<Contribution<Frontend>> frontends,
    List<Contribution<Target>> targets, List<PluginFault> faults) {

    /** A started plugin. */
    public record LoadedPlugin(String id, String version) {
    }

    /** An extension with the id of the plugin it came from. */
    public record Contribution<T>(T extension, String origin) {
    }
}

package org.jmlir.plugins.host;

import org.jmlir.pass.PassInfo;

/** Where plugin passes go: the pass registry of the tool loading the plugins. */
@FunctionalInterface
public interface PassSink {
    /**
     * Registers {@code info} with {@code origin} (a plugin id); returns null when registered, else the origin of
     * the pass that already has the name (the registry is then unchanged).
     */
    String register(PassInfo info, String origin);
}

package org.jmlir.plugins.host;

/**
 * A plugin that could not be (fully) used, and why. {@code plugin} is the plugin's id, or the jar's file name when
 * the jar is too broken to have one. The rest of the plugins, and everything built in, keep working.
 */
public record PluginFault(String plugin, String message) {
    /** One line for stderr: {@code plugin 'id': message}. */
    @Override public String toString() { return "plugin '" + plugin + "': " + message; }
}

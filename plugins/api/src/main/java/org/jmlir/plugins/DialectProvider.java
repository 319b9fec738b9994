package org.jmlir.plugins;

import java.util.List;
import java.util.function.Supplier;
import org.jmlir.ir.Dialect;
import org.pf4j.ExtensionPoint;

/**
 * Contributes dialects. A plugin marks its implementation {@code @org.pf4j.Extension}; the host registers each
 * dialect under its namespace with the plugin's id as origin, unless the namespace is already taken (by a built-in
 * dialect or another plugin), which is reported and leaves the earlier owner in place.
 */
public interface DialectProvider extends ExtensionPoint {
    /**
     * Factories for the dialects, one instance per context (dialects may keep per-context state). Called once, at
     * plugin load.
     */
    List<Supplier<? extends Dialect>> dialects();
}

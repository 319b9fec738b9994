package org.jmlir.plugins.faults.start;

import org.pf4j.Plugin;

/** A plugin whose start() fails: the host must report it and hide its extensions. */
public final class StartThrowsPlugin extends Plugin {
    @Override
    public void start() {
        throw new IllegalStateException("cannot open the widget database");
    }
}

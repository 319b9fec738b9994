package org.jmlir.plugins.faults.rival;

import java.util.List;
import org.jmlir.pass.Pass;
import org.jmlir.pass.PassInfo;
import org.jmlir.plugins.PassProvider;
import org.pf4j.Extension;

/** Claims the example plugin's pass name and a built-in one (both refused) and a free one (registered). */
@Extension
public final class RivalPasses implements PassProvider {
    @Override
    public List<PassInfo> passes() {
        return List.of(info("example-drop-neg-under-square"), info("strip-debuginfo"), info("rival-noop"));
    }

    private static PassInfo info(String name) {
        return new PassInfo(name, "does nothing (" + name + " from rival-example)", () -> new Noop(name));
    }

    /** A pass that changes nothing. */
    public static final class Noop extends Pass {
        private final String name;

        public Noop(String name) { this.name = name; }

        @Override public String argument() { return name; }

        @Override protected void runOnOperation() { markAllAnalysesPreserved(); }

        @Override public Pass copy() { return new Noop(name); }
    }
}

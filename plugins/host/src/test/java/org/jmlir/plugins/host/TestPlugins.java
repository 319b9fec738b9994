package org.jmlir.plugins.host;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jmlir.pass.PassInfo;
import org.jmlir.pass.PassRegistry;

/**
 * Where the reactor put the plugin jars (never on the test class path), and a pass sink holding the built-in
 * passes, for the tests.
 */
final class TestPlugins {
    private TestPlugins() {}

    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("plugins/example-dialect"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("repository root not found");
        return p;
    }

    static Path exampleDir() { return repoRoot().resolve("plugins/example-dialect/target/plugins"); }

    static Path faultDir(String name) { return repoRoot().resolve("plugins/test-faults/target/fault-plugins/" + name); }

    /** The pass registry jopt uses (built-ins from ServiceLoader), as PluginHost's sink. */
    static final class Passes implements PassSink {
        final PassRegistry registry = PassRegistry.withBuiltins();

        @Override
        public String register(PassInfo info, String origin) {
            PassRegistry.Entry prev = registry.lookup(info.argument());
            if (prev != null) return prev.origin();
            registry.register(info, origin);
            return null;
        }

        String origin(String name) {
            PassRegistry.Entry e = registry.lookup(name);
            return e == null ? null : e.origin();
        }

        PassInfo info(String name) { return registry.lookup(name).info(); }
    }
}

package org.jmlir.plugins.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.jmlir.ir.DialectRegistry;
import org.jmlir.pass.PassInfo;
import org.jmlir.pass.PassRegistration;

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

    /** name -> origin; built-in passes from ServiceLoader first. */
    static final class Passes implements PassSink {
        final Map<String, PassInfo> infos = new TreeMap<>();
        final Map<String, String> origins = new TreeMap<>();

        Passes() {
            for (PassRegistration r : ServiceLoader.load(PassRegistration.class)) {
                for (PassInfo i : r.passes()) register(i, DialectRegistry.BUILTIN);
            }
        }

        @Override
        public String register(PassInfo info, String origin) {
            String prev = origins.putIfAbsent(info.argument(), origin);
            if (prev == null) infos.put(info.argument(), info);
            return prev;
        }
    }
}

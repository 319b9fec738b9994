package org.jmlir.tools.opt;

import java.io.PrintStream;
import org.jmlir.ir.DialectRegistry;
import org.jmlir.pass.PassRegistry;

/**
 * {@code --list-dialects} and {@code --list-passes}: one entry a line, ending with its origin in brackets
 * ({@code [builtin]} or {@code [plugin <id>]}), so a script can tell where each came from.
 */
final class RegistryListing {
    private RegistryListing() {}

    static void dialects(Registries r, PrintStream out) {
        out.println("Available Dialects:");
        for (DialectRegistry.Entry e : r.dialects.entries()) out.println("  " + e.namespace() + " " + origin(e.origin()));
    }

    static void passes(Registries r, PrintStream out) {
        out.println("Available Passes:");
        for (PassRegistry.Entry e : r.passes.entries()) {
            out.printf("  --%-40s - %s %s%n", e.info().argument(), e.info().description(), origin(e.origin()));
        }
    }

    static String origin(String origin) {
        return DialectRegistry.BUILTIN.equals(origin) ? "[builtin]" : "[plugin " + origin + "]";
    }
}

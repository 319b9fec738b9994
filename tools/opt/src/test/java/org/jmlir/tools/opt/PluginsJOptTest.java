package org.jmlir.tools.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** jopt with plugin jars loaded from their build directories (never from the test class path). */
class PluginsJOptTest {
    private static final Path ROOT = LitSuiteTest.repoRoot();
    private static final String EXAMPLE = ROOT.resolve(LitSuiteTest.EXAMPLE_PLUGINS).toString();
    private static final Path FAULTS = ROOT.resolve(LitSuiteTest.FAULT_PLUGINS);
    private static final String INPUT = """
        func.func @f(%x: i32) -> i32 {
          %0 = example.neg %x : i32
          %1 = example.square %0 : i32
          return %1 : i32
        }
        """;

    private record Result(int code, String out, String err) {
    }

    private static Result jopt(String stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = JOpt.run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String fault(String name) { return FAULTS.resolve(name).toString(); }

    @Test
    void pluginDialectParsesVerifiesAndPrints() {
        Result r = jopt(INPUT, Map.of(), "--plugins-dir", EXAMPLE);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("%0 = example.neg %arg0 : i32\n    %1 = example.square %0 : i32"), r.out());
    }

    @Test
    void pluginPassRunsAsAFlagAndCanonicalizeUsesThePluginPattern() {
        Result r = jopt(INPUT, Map.of(), "--plugins-dir", EXAMPLE, "--example-drop-neg-under-square", "--canonicalize");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("    %0 = example.square %arg0 : i32\n    return %0 : i32\n"), r.out());
    }

    @Test
    void withoutThePluginTheDialectIsUnknown() {
        Result r = jopt(INPUT, Map.of());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Dialect `example' not found"), r.err());
    }

    @Test
    void environmentVariableListsDirectoriesSeparatedByThePathSeparator() {
        Result r = jopt("", Map.of(Registries.PLUGINS_DIR_ENV, EXAMPLE + File.pathSeparator + fault("rival")),
            "--list-dialects", "--list-passes");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  example [plugin example-dialect]\n"), r.out());
        assertTrue(r.out().contains("  rival [plugin rival-example]\n"), r.out());
        assertTrue(r.out().contains("  arith [builtin]\n"), r.out());
        assertTrue(r.out().matches("(?s).*\n  --rival-noop +- [^\n]* \\[plugin rival-example]\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\n  --strip-debuginfo +- [^\n]* \\[builtin]\n.*"), r.out());
    }

    @Test
    void flagsAreRepeatableAndComeBeforeTheEnvironment() {
        // The flag's directory is loaded first, so the example plugin keeps its names against the rival.
        Result r = jopt("", Map.of(Registries.PLUGINS_DIR_ENV, fault("rival")), "--plugins-dir", EXAMPLE,
            "--plugins-dir", fault("start-throws"), "--list-dialects");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  example [plugin example-dialect]\n"), r.out());
        assertTrue(r.err().contains("jopt: warning: plugin 'fault-start-throws': failed to start: "
            + "IllegalStateException: cannot open the widget database\n"), r.err());
    }

    @Test
    void everyFaultIsReportedByPluginAndTheRunStillSucceeds() {
        List<String> args = new ArrayList<>();
        for (String f : List.of("corrupt", "start-throws", "needs-newer", "rival")) {
            args.add("--plugins-dir");
            args.add(fault(f));
        }
        args.add("--plugins-dir");
        args.add(EXAMPLE);
        Result r = jopt(INPUT, Map.of(), args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("example.square"), r.out());
        String err = r.err();
        assertTrue(err.contains("plugin 'broken.jar': cannot be loaded: not a valid jar file"), err);
        assertTrue(err.contains("plugin 'fault-start-throws': failed to start"), err);
        assertTrue(err.contains("plugin 'fault-needs-newer': requires jmlir >=99.0.0, but this is jmlir 0.1.0"), err);
        assertTrue(err.contains("plugin 'rival-example': dialect namespace 'example' is already provided by "
            + "plugin 'example-dialect'"), err);
        assertTrue(err.contains("plugin 'rival-example': dialect namespace 'arith' is already provided by a built-in"),
            err);
        assertTrue(err.contains("plugin 'rival-example': pass 'strip-debuginfo' is already provided by a built-in"),
            err);
        assertEquals(7, err.lines().count(), err);
        assertFalse(err.contains("\tat "), "no stack traces: " + err);
    }

    @Test
    void pluginClassesAreNotOnTheTestClassPath() {
        assertThrowsClassNotFound("org.jmlir.plugins.example.ExampleDialect");
        assertThrowsClassNotFound("org.jmlir.plugins.faults.rival.RivalDialects");
    }

    private static void assertThrowsClassNotFound(String name) {
        try {
            Class.forName(name);
        } catch (ClassNotFoundException e) {
            return;
        }
        throw new AssertionError(name + " is on the test class path: plugin isolation would not be tested");
    }
}

package org.jmlir.plugins.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jmlir.ir.Context;
import org.jmlir.ir.DialectRegistry;
import org.jmlir.ir.Operation;
import org.jmlir.pass.Pass;
import org.jmlir.pass.PassRunner;
import org.jmlir.text.MlirText;
import org.jmlir.verify.Verifier;
import org.junit.jupiter.api.Test;

/** Loads real plugin jars from their build directories (they are not on the test class path). */
class PluginHostTest {
    private final DialectRegistry dialects = DialectRegistry.withBuiltins();
    private final TestPlugins.Passes passes = new TestPlugins.Passes();

    private PluginReport load(Path... dirs) { return PluginHost.load(List.of(dirs), dialects, passes); }

    private static String faultsText(PluginReport r) { return r.faults().toString(); }

    @Test
    void examplePluginRegistersItsDialectAndPassWithItsId() {
        PluginReport r = load(TestPlugins.exampleDir());
        assertEquals(List.of(), r.faults());
        assertEquals(List.of(new PluginReport.LoadedPlugin("example-dialect", "0.1.0")), r.plugins());
        assertEquals("example-dialect", dialects.lookup("example").origin());
        assertEquals("builtin", dialects.lookup("arith").origin());
        assertEquals("example-dialect", passes.origin("example-drop-neg-under-square"));
        assertEquals("builtin", passes.origin("strip-debuginfo"));
    }

    @Test
    void pluginClassesStayInThePluginClassLoader() {
        load(TestPlugins.exampleDir());
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.jmlir.plugins.example.ExampleDialect"));
        assertTrue(dialects.lookup("example").create().getClass().getClassLoader() != getClass().getClassLoader());
    }

    @Test
    void examplePluginOpsParseVerifyPrintAndItsPassRuns() {
        load(TestPlugins.exampleDir());
        Context ctx = Context.withDialects(dialects);
        String src = """
            func.func @f(%x: i32) -> i32 {
              %0 = example.neg %x : i32
              %1 = example.square %0 : i32
              return %1 : i32
            }
            """;
        Operation module = MlirText.parse(ctx, src, "t.mlir");
        assertNotNull(module);
        assertTrue(Verifier.verify(module));
        String printed = MlirText.print(module);
        assertTrue(printed.contains("%0 = example.neg %arg0 : i32"), printed);
        assertTrue(printed.contains("%1 = example.square %0 : i32"), printed);
        assertFalse(ctx.registeredOperationName("example.neg").definition().canonicalizationPatterns().isEmpty());

        PassRunner.run(passes.info("example-drop-neg-under-square").create(), module);
        assertTrue(Verifier.verify(module));
        assertTrue(MlirText.print(module).contains("example.square %arg0 : i32"), MlirText.print(module));
    }

    @Test
    void canonicalizeAppliesThePluginsPattern() {
        load(TestPlugins.exampleDir());
        Context ctx = Context.withDialects(dialects);
        Operation module = MlirText.parse(ctx, """
            func.func @f(%x: i32) -> i32 {
              %0 = example.neg %x : i32
              %1 = example.neg %0 : i32
              %2 = example.square %1 : i32
              return %2 : i32
            }
            """, "t.mlir");
        Pass canonicalize = passes.info("canonicalize").create();
        assertFalse(PassRunner.run(canonicalize, module).failed());
        assertTrue(Verifier.verify(module));
        assertEquals("""
            module {
              func.func @f(%arg0: i32) -> i32 {
                %0 = example.square %arg0 : i32
                return %0 : i32
              }
            }
            """, MlirText.print(module));
    }

    @Test
    void corruptJarIsReportedByFileNameAndTheRestLoads() {
        PluginReport r = load(TestPlugins.faultDir("corrupt"), TestPlugins.exampleDir());
        assertEquals(1, r.faults().size(), faultsText(r));
        PluginFault f = r.faults().get(0);
        assertEquals("broken.jar", f.plugin());
        assertTrue(f.message().startsWith("cannot be loaded: "), f.message());
        assertEquals("example-dialect", dialects.lookup("example").origin());
    }

    @Test
    void pluginWhoseStartThrowsIsReportedAndItsExtensionsHidden() {
        PluginReport r = load(TestPlugins.faultDir("start-throws"), TestPlugins.exampleDir());
        assertEquals(List.of(new PluginFault("fault-start-throws",
            "failed to start: IllegalStateException: cannot open the widget database")), r.faults());
        assertNull(dialects.lookup("startfail"));
        assertNotNull(dialects.lookup("example"));
    }

    @Test
    void pluginNeedingNewerJmlirIsReported() {
        PluginReport r = load(TestPlugins.faultDir("needs-newer"), TestPlugins.exampleDir());
        assertEquals(List.of(new PluginFault("fault-needs-newer",
            "requires jmlir >=99.0.0, but this is jmlir 0.1.0; not loaded")), r.faults());
        assertNull(dialects.lookup("future"));
        assertNotNull(dialects.lookup("example"));
    }

    @Test
    void clashesWithAnotherPluginAndWithBuiltinsAreReportedAndTheFreeNamesRegistered() {
        PluginReport r = load(TestPlugins.faultDir("rival"), TestPlugins.exampleDir());
        assertEquals(List.of(
            new PluginFault("rival-example", "dialect namespace 'example' is already provided by plugin "
                + "'example-dialect'; the plugin's dialect is ignored"),
            new PluginFault("rival-example", "dialect namespace 'arith' is already provided by a built-in; "
                + "the plugin's dialect is ignored"),
            new PluginFault("rival-example", "pass 'example-drop-neg-under-square' is already provided by plugin "
                + "'example-dialect'; the plugin's pass is ignored"),
            new PluginFault("rival-example", "pass 'strip-debuginfo' is already provided by a built-in; "
                + "the plugin's pass is ignored")), r.faults());
        assertEquals("rival-example", dialects.lookup("rival").origin());
        assertEquals("rival-example", passes.origin("rival-noop"));
        assertEquals("example-dialect", dialects.lookup("example").origin());
        assertEquals("builtin", dialects.lookup("arith").origin());
        assertEquals("builtin", passes.origin("strip-debuginfo"));
        // The winner's dialect is the example plugin's, with its two ops.
        Context ctx = Context.withDialects(dialects);
        assertNotNull(ctx.registeredOperationName("example.square"));
        assertNotNull(ctx.registeredOperationName("rival.op"));
    }

    @Test
    void allFaultsAtOnceLeaveTheGoodPluginWorking() {
        PluginReport r = load(TestPlugins.faultDir("corrupt"), TestPlugins.faultDir("start-throws"),
            TestPlugins.faultDir("needs-newer"), TestPlugins.faultDir("rival"), TestPlugins.exampleDir());
        assertEquals(7, r.faults().size(), faultsText(r));
        assertEquals(List.of("example-dialect", "rival-example"),
            r.plugins().stream().map(PluginReport.LoadedPlugin::id).toList());
        assertEquals("example-dialect", dialects.lookup("example").origin());
    }

    @Test
    void twoJarsWithOnePluginIdAreReported(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        try (var jars = java.nio.file.Files.list(TestPlugins.exampleDir())) {
            Path jar = jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
            java.nio.file.Files.copy(jar, dir.resolve("a.jar"));
            java.nio.file.Files.copy(jar, dir.resolve("b.jar"));
        }
        PluginReport r = load(dir);
        assertEquals(1, r.faults().size(), faultsText(r));
        assertEquals("example-dialect", r.faults().get(0).plugin(), faultsText(r));
        assertTrue(r.faults().get(0).message().contains("has the id of the plugin already loaded from"),
            r.faults().get(0).message());
        assertEquals("example-dialect", dialects.lookup("example").origin());
    }

    @Test
    void missingDirectoryIsReported() {
        PluginReport r = load(Path.of("/nonexistent/plugins"));
        assertEquals(List.of(new PluginFault("/nonexistent/plugins", "plugins directory does not exist")),
            r.faults());
    }

    @Test
    void onlyTheNamedDirectoriesAreSearched() {
        PluginReport r = load(TestPlugins.faultDir("rival"));
        // Without the example plugin's directory, the rival gets the namespace.
        assertEquals("rival-example", dialects.lookup("example").origin());
        assertEquals("rival-example", passes.origin("example-drop-neg-under-square"));
        assertEquals(List.of("rival-example"), r.plugins().stream().map(PluginReport.LoadedPlugin::id).toList());
    }
}

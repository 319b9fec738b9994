package org.jmlir.lit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.TestAbortedException;

/**
 * Runs lit-style test files in-process: reads their {@code RUN:} lines, applies substitutions, and executes them
 * with an internal shell whose commands are registered {@link Tool}s, built-ins and the Java FileCheck, so no
 * process or JVM is started per test. The same files run under LLVM's lit via {@code test/lit/lit.cfg.py}.
 *
 * <p>Typical use from JUnit:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> lit() {
 *     return LitRunner.builder().tool("jopt", new JoptTool()).feature("asserts").build()
 *             .dynamicTests(Path.of("../../test/lit"));
 * }
 * }</pre>
 *
 * <p>Substitutions, in the order applied: {@code %%} is protected, then the caller's substitutions in order, then
 * {@code %s} (test path), {@code %S} and {@code %p} (its directory), {@code %basename_t}, {@code %t} (a per-test
 * temporary path), {@code %T} (its directory), {@code %{pathsep}} and {@code %errc_*}; finally {@code %%} becomes
 * {@code %}. Each test's commands run with its temporary tree's directory as the working directory.
 */
public final class LitRunner {
    /** Where test/lit/lit.cfg.py finds LLVM's tools (FileCheck, not, count, mlir-opt). */
    public static final Path DEFAULT_LLVM_BIN = Path.of("/usr/lib/llvm-22/bin");
    /** The feature tests use to require LLVM's own mlir-opt; lit.cfg.py defines the same name. */
    public static final String MLIR_OPT_FEATURE = "mlir-opt";

    private static final String PERCENT_MARKER = "#_MARKER_#";

    private final ShellExecutor.Config config;
    private final Set<String> features;
    private final List<Map.Entry<String, String>> substitutions;
    private final List<String> suffixes;
    private final Set<String> excludes;
    private Path tempRoot;

    /** A runner with the given tools, available features and extra substitutions (applied in list order). */
    public LitRunner(Map<String, Tool> tools, Set<String> features, List<Map.Entry<String, String>> substitutions) {
        this(builder().tools(tools).features(features).substitutions(substitutions));
    }

    private LitRunner(Builder b) {
        this.config = new ShellExecutor.Config(Map.copyOf(b.tools), b.allowExternal, Set.copyOf(b.externalCommands),
                List.copyOf(b.searchPath));
        this.features = Set.copyOf(b.features);
        this.substitutions = List.copyOf(b.substitutions);
        this.suffixes = List.copyOf(b.suffixes.isEmpty() ? List.of(".mlir") : b.suffixes);
        this.excludes = Set.copyOf(b.excludes);
        this.tempRoot = b.tempRoot;
    }

    public static Builder builder() { return new Builder(); }

    /** Runs one test file; its temporary files go under the runner's temporary root. */
    public TestResult runFile(Path file) {
        return run(file.toAbsolutePath().normalize(), null);
    }

    /** The test files under {@code root}: matching suffixes, not in excluded directories, sorted by path. */
    public List<Path> discover(Path root) {
        Path r = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(r)) throw new IllegalArgumentException("lit test root is not a directory: " + r);
        try (Stream<Path> walk = Files.walk(r)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> suffixes.stream().anyMatch(s -> p.getFileName().toString().endsWith(s)))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !inExcludedDir(r, p))
                    .sorted((a, b) -> display(r, a).compareTo(display(r, b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One JUnit dynamic test per discovered file, named by its path relative to {@code root}. UNSUPPORTED tests
     * are reported as aborted (skipped), FAIL and XPASS as failures carrying the transcript.
     */
    public Stream<DynamicTest> dynamicTests(Path root) {
        Path r = root.toAbsolutePath().normalize();
        return discover(r).stream().map(f -> {
            String name = display(r, f);
            // No test-source URI: surefire drops dynamic tests whose source is a file rather than a method.
            return DynamicTest.dynamicTest(name, () -> assertPassed(name, run(f, r)));
        });
    }

    private static void assertPassed(String name, TestResult result) {
        switch (result.status()) {
            case PASS, XFAIL -> { }
            case UNSUPPORTED -> throw new TestAbortedException("UNSUPPORTED: " + name + ": " + result.transcript());
            case FAIL, XPASS -> throw new AssertionError(result.status() + ": " + name + "\n" + result.transcript());
        }
    }

    private boolean inExcludedDir(Path root, Path file) {
        for (Path part : root.relativize(file.getParent() == null ? root : file.getParent())) {
            String n = part.toString();
            if (excludes.contains(n) || n.equals("Output")) return true;
        }
        return false;
    }

    private static String display(Path root, Path file) {
        return root.relativize(file).toString().replace(File.separatorChar, '/');
    }

    private TestResult run(Path file, Path root) {
        Transcript transcript = new Transcript();
        TestScript script;
        try {
            script = TestScript.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new TestResult(file, TestResult.Status.FAIL, "cannot read test file: " + e.getMessage());
        } catch (TestScript.Invalid e) {
            return new TestResult(file, TestResult.Status.FAIL, e.getMessage());
        }
        boolean xfail;
        try {
            List<String> missing = script.requires().stream()
                    .filter(e -> !BooleanExpression.evaluate(e, features)).toList();
            if (!missing.isEmpty()) {
                return new TestResult(file, TestResult.Status.UNSUPPORTED,
                        "Test requires the following unavailable features: " + String.join(", ", missing));
            }
            List<String> unsupported = script.unsupported().stream()
                    .filter(e -> e.equals("*") || BooleanExpression.evaluate(e, features)).toList();
            if (!unsupported.isEmpty()) {
                return new TestResult(file, TestResult.Status.UNSUPPORTED,
                        "Test does not support the following features and/or targets: "
                                + String.join(", ", unsupported));
            }
            xfail = script.xfails().stream().anyMatch(e -> e.equals("*") || BooleanExpression.evaluate(e, features));
        } catch (IllegalArgumentException e) {
            return new TestResult(file, TestResult.Status.FAIL, "invalid feature expression: " + e.getMessage());
        }

        Path execDir;
        Path tmpDir;
        try {
            execDir = execDir(file, root);
            tmpDir = execDir.resolve("Output");
            Files.createDirectories(tmpDir);
        } catch (IOException e) {
            return new TestResult(file, TestResult.Status.FAIL, "cannot create temporary directory: " + e);
        }
        String tmpBase = tmpDir.resolve(file.getFileName().toString()).toString();

        ShellExecutor shell = new ShellExecutor(config, transcript, execDir);
        int status = 0;
        for (TestScript.RunLine line : script.runLines()) {
            String command = substitute(line.command(), file, tmpDir, tmpBase);
            transcript.runLine(line.line(), command);
            try {
                status = shell.execute(ShellParser.parse(command));
            } catch (ShellParser.SyntaxError | ShellExecutor.ExecError e) {
                transcript.error(e.getMessage());
                status = 1;
            }
            if (status != 0) break;
        }
        TestResult.Status result;
        if (xfail) {
            result = status == 0 ? TestResult.Status.XPASS : TestResult.Status.XFAIL;
            if (status == 0) transcript.note("XPASS: the test is marked XFAIL but all RUN lines passed");
        } else {
            result = status == 0 ? TestResult.Status.PASS : TestResult.Status.FAIL;
        }
        return new TestResult(file, result, transcript.toString());
    }

    /** The working directory of a test: its directory mirrored under the temporary root. */
    private Path execDir(Path file, Path root) throws IOException {
        Path base = tempRoot();
        Path dir = file.getParent();
        if (root != null && dir.startsWith(root)) return base.resolve("suite").resolve(root.relativize(dir).toString());
        return base.resolve("files").resolve(dir.getRoot() == null ? dir.toString() : dir.getRoot().relativize(dir)
                .toString());
    }

    private synchronized Path tempRoot() throws IOException {
        if (tempRoot == null) tempRoot = Files.createTempDirectory("jmlir-lit-");
        return tempRoot;
    }

    private String substitute(String line, Path file, Path tmpDir, String tmpBase) {
        String s = line.replace("%%", PERCENT_MARKER);
        for (Map.Entry<String, String> e : substitutions) s = s.replace(e.getKey(), e.getValue());
        String dir = file.getParent().toString();
        List<Map.Entry<String, String>> builtin = List.of(
                entry("%s", file.toString()),
                entry("%S", dir),
                entry("%p", dir),
                entry("%{pathsep}", File.pathSeparator),
                entry("%basename_t", Path.of(tmpBase).getFileName().toString()),
                entry("%t", tmpBase + ".tmp"),
                entry("%T", tmpDir.toString()),
                entry("%errc_ENOENT", "No such file or directory"),
                entry("%errc_EISDIR", "Is a directory"),
                entry("%errc_EINVAL", "Invalid argument"),
                entry("%errc_EACCES", "Permission denied"));
        for (Map.Entry<String, String> e : builtin) s = s.replace(e.getKey(), e.getValue());
        return s.replace(PERCENT_MARKER, "%");
    }

    private static Map.Entry<String, String> entry(String k, String v) {
        return new AbstractMap.SimpleImmutableEntry<>(k, v);
    }

    /** Configuration for a {@link LitRunner}. */
    public static final class Builder {
        private final Map<String, Tool> tools = new HashMap<>();
        private final Set<String> features = new LinkedHashSet<>();
        private final List<Map.Entry<String, String>> substitutions = new ArrayList<>();
        private final List<String> suffixes = new ArrayList<>();
        private final Set<String> excludes = new LinkedHashSet<>(List.of("Inputs"));
        private final List<Path> searchPath = new ArrayList<>();
        private final Set<String> externalCommands = new LinkedHashSet<>();
        private boolean allowExternal;
        private Path tempRoot;

        private Builder() {}

        /** Registers {@code tool} as the command {@code name} (registered tools take precedence over built-ins). */
        public Builder tool(String name, Tool tool) {
            tools.put(name, tool);
            return this;
        }

        public Builder tools(Map<String, Tool> all) {
            tools.putAll(all);
            return this;
        }

        /** Marks a feature available for REQUIRES / UNSUPPORTED / XFAIL. */
        public Builder feature(String feature) {
            features.add(feature);
            return this;
        }

        public Builder features(Collection<String> all) {
            features.addAll(all);
            return this;
        }

        /** Adds a literal text substitution, applied after earlier ones and before the built-in {@code %s} etc. */
        public Builder substitution(String from, String to) {
            substitutions.add(entry(from, to));
            return this;
        }

        public Builder substitutions(List<Map.Entry<String, String>> all) {
            substitutions.addAll(all);
            return this;
        }

        /** File name endings of test files (default {@code .mlir}). */
        public Builder suffixes(String... endings) {
            suffixes.addAll(List.of(endings));
            return this;
        }

        /** Directory names not searched for tests (default {@code Inputs}; {@code Output} always). */
        public Builder excludes(String... names) {
            excludes.addAll(List.of(names));
            return this;
        }

        /**
         * Lets commands that are neither registered nor built in run as real processes (off by default, so a
         * typo fails with "command not found" rather than running something unexpected).
         */
        public Builder allowExternalCommands(boolean allow) {
            allowExternal = allow;
            return this;
        }

        /** Lets just the command {@code name} run as a real process when it is not registered or built in. */
        public Builder externalCommand(String name) {
            externalCommands.add(name);
            return this;
        }

        /**
         * Mirrors lit.cfg.py: when {@code llvmBin} holds mlir-opt, marks the {@value #MLIR_OPT_FEATURE} feature
         * available and lets mlir-opt run from there as a real process, so "REQUIRES: mlir-opt" tests run here too.
         */
        public Builder llvmTools(Path llvmBin) {
            if (Files.isExecutable(llvmBin.resolve("mlir-opt"))) {
                feature(MLIR_OPT_FEATURE);
                externalSearchPath(llvmBin);
                externalCommand("mlir-opt");
            }
            return this;
        }

        /** Directories searched before PATH for external commands, e.g. {@code /usr/lib/llvm-22/bin}. */
        public Builder externalSearchPath(Path... dirs) {
            searchPath.addAll(List.of(dirs));
            return this;
        }

        /** Where per-test temporary directories go (default: a new directory under java.io.tmpdir). */
        public Builder tempDir(Path dir) {
            tempRoot = dir.toAbsolutePath().normalize();
            return this;
        }

        public LitRunner build() { return new LitRunner(this); }
    }
}

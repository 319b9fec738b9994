package org.jmlir.tools.opt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jopt -o FILE} writes its output atomically, as README.md promises: a run that fails leaves an existing
 * output file byte for byte as it was, a run that succeeds replaces it whole, and no temporary file is left behind
 * either way. (mlir-opt differs: it removes the output file when the run fails.)
 */
class OutputAtomicityTest {
    private static final String GOOD = "\"gen.op\"() {a = 1 : i32} : () -> ()\n";
    private static final String BAD = "\"gen.op\"( : () -> ()\n";
    private static final byte[] EXISTING = "// the previous output, which must survive\n\u00e9\0\n"
        .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Robustness.Outcome jopt(String input, String... args) throws IOException {
        Path in = dir.resolve("in.mlir");
        Files.writeString(in, input, StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(List.of("--allow-unregistered-dialect", in.toString()));
        all.addAll(List.of(args));
        Robustness.Outcome o = Robustness.jopt(all, "");
        Robustness.assertWellBehaved(o, input, "jopt " + all);
        return o;
    }

    private Path existing() throws IOException {
        Path out = dir.resolve("existing.mlir");
        Files.write(out, EXISTING);
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));
        return out;
    }

    /** Everything in the directory but the files a test made itself: leftovers of jopt. */
    private List<String> leftovers(String... expected) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !List.of(expected).contains(n)).sorted().toList();
        }
    }

    private String expectedOutput() throws IOException {
        Robustness.Outcome o = jopt(GOOD);
        assertEquals(0, o.exit(), o::describe);
        return o.out();
    }

    @Test
    void goodInputReplacesTheExistingFileWhole() throws IOException {
        Path out = existing();
        String expected = expectedOutput();
        Robustness.Outcome o = jopt(GOOD, "-o", out.toString());
        assertEquals(0, o.exit(), o::describe);
        assertEquals("", o.out(), "nothing on stdout with -o");
        assertEquals(expected, Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(List.of(), leftovers("in.mlir", "existing.mlir"));
    }

    @Test
    void goodInputCreatesAMissingFile() throws IOException {
        Path out = dir.resolve("new.mlir");
        Robustness.Outcome o = jopt(GOOD, "-o", out.toString());
        assertEquals(0, o.exit(), o::describe);
        assertEquals(expectedOutput(), Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(List.of(), leftovers("in.mlir", "new.mlir"));
    }

    @Test
    void theInputFileCanBeItsOwnOutput() throws IOException {
        String expected = expectedOutput();
        Path in = dir.resolve("in.mlir");
        Robustness.Outcome o = jopt(GOOD, "-o", in.toString());
        assertEquals(0, o.exit(), o::describe);
        assertEquals(expected, Files.readString(in, StandardCharsets.UTF_8));
        assertEquals(List.of(), leftovers("in.mlir"));
    }

    @Test
    void aMissingDirectoryIsAnErrorAndLeavesNothing() throws IOException {
        Robustness.Outcome o = jopt(GOOD, "-o", dir.resolve("no/such/dir/out.mlir").toString());
        assertEquals(1, o.exit(), o::describe);
        assertTrue(o.err().contains("cannot open output file"), o::describe);
        assertEquals(List.of(), leftovers("in.mlir"));
    }

    @Test
    void aDirectoryInTheWayIsAnErrorAndStaysADirectory() throws IOException {
        Path target = Files.createDirectory(dir.resolve("taken.mlir"));
        Files.writeString(target.resolve("inside"), "x");
        Robustness.Outcome o = jopt(GOOD, "-o", target.toString());
        assertEquals(1, o.exit(), o::describe);
        assertTrue(Files.isDirectory(target));
        assertEquals("x", Files.readString(target.resolve("inside")));
        assertEquals(List.of(), leftovers("in.mlir", "taken.mlir"));
    }

    /**
     * The output of a failed run must not replace the existing file. Today jopt writes whatever the chunks that
     * succeeded printed (nothing, for a single chunk) over it: {@code JOpt.call} calls {@code writeOutput} before
     * looking at {@code failed}. Reproducer: {@code echo x > out.mlir; echo '"a.b"(' | jopt - -o out.mlir} leaves
     * out.mlir empty.
     */
    @Test
    void badInputLeavesTheExistingFileByteIdentical() throws IOException {
        Path out = existing();
        Robustness.Outcome o = jopt(BAD, "-o", out.toString());
        assertEquals(1, o.exit(), o::describe);
        assertArrayEquals(EXISTING, Files.readAllBytes(out));
        assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(out));
        assertEquals(List.of(), leftovers("in.mlir", "existing.mlir"));
    }

    /** With split input, one bad chunk fails the run, and the run's output must not land either (same bug). */
    @Test
    void oneBadChunkLeavesTheExistingFileByteIdentical() throws IOException {
        Path out = existing();
        Robustness.Outcome o = jopt(GOOD + "// -----\n" + BAD, "--split-input-file", "-o", out.toString());
        assertEquals(1, o.exit(), o::describe);
        assertArrayEquals(EXISTING, Files.readAllBytes(out));
        assertEquals(List.of(), leftovers("in.mlir", "existing.mlir"));
    }

    /** Whatever happens to the file, a failed run leaves no temporary file behind. */
    @Test
    void badInputLeavesNoTemporaryFile() throws IOException {
        Path out = existing();
        Robustness.Outcome o = jopt(BAD, "-o", out.toString());
        assertEquals(1, o.exit(), o::describe);
        assertEquals(List.of(), leftovers("in.mlir", "existing.mlir"));
    }

    /**
     * Replacing a file keeps its permissions, as writing it in place (mlir-opt) does. jopt renames a temporary file
     * made by {@code Files.createTempFile}, which is created {@code rw-------}: every output file, new or replaced,
     * ends up readable by its owner only.
     */
    @Test
    void replacingKeepsThePermissions() throws IOException {
        Path out = existing();
        Robustness.Outcome o = jopt(GOOD, "-o", out.toString());
        assertEquals(0, o.exit(), o::describe);
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(out);
        assertEquals(PosixFilePermissions.fromString("rw-r--r--"), perms);
    }
}

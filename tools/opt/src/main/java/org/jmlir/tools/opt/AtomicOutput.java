package org.jmlir.tools.opt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes an output file all at once: a temporary file beside it, then a rename, so a failure never leaves half a file. */
final class AtomicOutput {
    private AtomicOutput() {}

    static void write(Path target, String content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            // Temporary files are private (rw-------); the output gets the old file's mode, or rw-r--r--.
            java.util.Set<java.nio.file.attribute.PosixFilePermission> mode = Files.exists(abs)
                ? Files.getPosixFilePermissions(abs)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
            try {
                Files.setPosixFilePermissions(tmp, mode);
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

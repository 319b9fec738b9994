package org.jmlir.lit;

import java.nio.file.Path;

/**
 * The outcome of one lit test file.
 *
 * @param file the test file
 * @param status how it ended
 * @param transcript what ran, lit-style: each RUN line after substitution, the commands executed, their output,
 *     and the failing command's exit status; for UNSUPPORTED the reason
 */
public record TestResult(Path file, Status status, String transcript) {
    public enum Status {
        PASS,
        FAIL,
        /** Skipped: a REQUIRES feature is missing or an UNSUPPORTED feature is present. */
        UNSUPPORTED,
        /** Failed as expected by XFAIL. */
        XFAIL,
        /** Passed although marked XFAIL; counts as a failure. */
        XPASS;

        /** True for statuses a test run should report as failures. */
        public boolean isFailure() { return this == FAIL || this == XPASS; }
    }

    @Override
    public String toString() {
        return status + ": " + file + "\n" + transcript;
    }
}

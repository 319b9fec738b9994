package org.jmlir.filecheck;

/** Raised after a fatal diagnostic has been printed; carries FileCheck's exit status. */
final class ReportedFailure extends Exception {
    private static final long serialVersionUID = 1L;
    final int exitCode;

    ReportedFailure(int exitCode) {
        super(null, null, false, false);
        this.exitCode = exitCode;
    }
}

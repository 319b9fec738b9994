package org.jmlir.filecheck;

import java.util.List;

/** A pattern used variables that have no value; each becomes an {@code undefined variable: X} error. */
final class UndefinedVariableException extends Exception {
    private static final long serialVersionUID = 1L;

    /** One use: the variable's name and the check-file offset of that name. */
    record Use(String name, int offset) {}

    final transient List<Use> uses;

    UndefinedVariableException(List<Use> uses) {
        super("undefined variable");
        this.uses = uses;
    }
}

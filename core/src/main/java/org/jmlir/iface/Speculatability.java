package org.jmlir.iface;

/** Whether an op may be executed where it was not executed before (hoisted, sunk into a branch...). */
public enum Speculatability {
    NOT_SPECULATABLE,
    SPECULATABLE,
    /** Speculatable when the ops in its regions are, too. */
    RECURSIVELY_SPECULATABLE
}

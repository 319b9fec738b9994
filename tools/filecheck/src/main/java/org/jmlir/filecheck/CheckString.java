package org.jmlir.filecheck;

import java.util.List;

/**
 * A positive check (CHECK, -NEXT, -SAME, -LABEL, -EMPTY, -COUNT, or the implicit EOF check) together with the
 * CHECK-DAG / CHECK-NOT lines (and {@code --implicit-check-not} patterns) that precede it and are therefore
 * matched in the region before it.
 */
record CheckString(Pattern pattern, String prefix, List<DagNot> dagNots) {
    /** A CHECK-DAG or CHECK-NOT pattern and the prefix it was written with. */
    record DagNot(Pattern pattern, String prefix) {}
}

package org.jmlir.ir.attr;

/**
 * {@code loc("file.mlir":3:7)}, or a range {@code loc("file.mlir":3:7 to 4:2)} when the end differs. Lines and
 * columns are 1-based.
 */
public record FileLineColLoc(String file, int line, int column, int endLine, int endColumn) implements Location {
    public FileLineColLoc(String file, int line, int column) {
        this(file, line, column, line, column);
    }

    public boolean isRange() { return endLine != line || endColumn != column; }
}

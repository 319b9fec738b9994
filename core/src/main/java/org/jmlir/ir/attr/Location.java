package org.jmlir.ir.attr;

/** Where IR came from: {@code loc(unknown)}, {@code loc("f.mlir":3:7)}, names, call sites and fusions. */
public sealed interface Location extends BuiltinAttribute
    permits UnknownLoc, FileLineColLoc, NameLoc, CallSiteLoc, FusedLoc {
    Location UNKNOWN = UnknownLoc.INSTANCE;

    /** The first file position inside this location, or null: what a diagnostic points at. */
    default FileLineColLoc filePosition() {
        return switch (this) {
            case FileLineColLoc f -> f;
            case NameLoc n -> n.child().filePosition();
            case CallSiteLoc c -> c.callee().filePosition();
            case FusedLoc f -> {
                for (Location l : f.locations()) {
                    FileLineColLoc p = l.filePosition();
                    if (p != null) yield p;
                }
                yield null;
            }
            case UnknownLoc u -> null;
        };
    }
}

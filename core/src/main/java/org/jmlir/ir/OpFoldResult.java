package org.jmlir.ir;

import org.jmlir.ir.attr.Attribute;

/**
 * What folding produced for one result (MLIR's OpFoldResult): a constant attribute, to be materialized as a constant
 * op by the result's dialect, or an existing value that replaces the result.
 */
public sealed interface OpFoldResult {
    record Const(Attribute attribute) implements OpFoldResult {}

    record Val(Value value) implements OpFoldResult {}

    static OpFoldResult of(Attribute a) { return new Const(a); }

    static OpFoldResult of(Value v) { return new Val(v); }
}

package org.jmlir.ir.attr;

import org.jmlir.ir.affine.IntegerSet;

/** {@code affine_set<(d0) : (d0 - 1 >= 0)>}. */
public record IntegerSetAttr(IntegerSet value) implements BuiltinAttribute {
}

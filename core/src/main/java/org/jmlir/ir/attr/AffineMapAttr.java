package org.jmlir.ir.attr;

import org.jmlir.ir.affine.AffineMap;

/** {@code affine_map<(d0)[s0] -> (d0 + s0)>}. */
public record AffineMapAttr(AffineMap value) implements BuiltinAttribute {
}

package org.jmlir.ir.attr;

/** The attributes of the builtin dialect, which the textual format knows without a dialect hook. */
public sealed interface BuiltinAttribute extends Attribute
    permits IntegerAttr, FloatAttr, StringAttr, ArrayAttr, DictionaryAttr, TypeAttr, UnitAttr, SymbolRefAttr,
            DenseElementsAttr, DenseArrayAttr, AffineMapAttr, IntegerSetAttr, OpaqueAttr, StridedLayoutAttr,
            Location {
}

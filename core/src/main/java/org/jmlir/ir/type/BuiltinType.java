package org.jmlir.ir.type;

/** The types of the builtin dialect, which the textual format knows without any dialect hook. */
public sealed interface BuiltinType extends Type
    permits IntegerType, IndexType, FloatType, NoneType, ComplexType, TupleType, FunctionType, VectorType,
            RankedTensorType, UnrankedTensorType, MemRefType, UnrankedMemRefType, OpaqueType {
}

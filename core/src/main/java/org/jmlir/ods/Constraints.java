package org.jmlir.ods;

import org.jmlir.ir.attr.ArrayAttr;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.DenseElementsAttr;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.FloatAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.SymbolRefAttr;
import org.jmlir.ir.attr.TypeAttr;
import org.jmlir.ir.attr.TypedAttribute;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ir.type.ComplexType;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.RankedTensorType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;
import org.jmlir.ir.type.UnrankedMemRefType;
import org.jmlir.ir.type.UnrankedTensorType;
import org.jmlir.ir.type.VectorType;

/** The common type and attribute constraints, with MLIR's summaries (they appear verbatim in verifier messages). */
public final class Constraints {
    private Constraints() {}

    // ---- types
    public static final TypeConstraint ANY = new TypeConstraint("any type", t -> true);
    public static final TypeConstraint I1 = TypeConstraint.exactly(IntegerType.I1);
    public static final TypeConstraint INDEX = new TypeConstraint("index", t -> t instanceof IndexType, IndexType.INDEX);
    public static final TypeConstraint SIGNLESS_INTEGER = new TypeConstraint("signless integer",
        t -> t instanceof IntegerType i && i.isSignless());
    public static final TypeConstraint ANY_INTEGER = new TypeConstraint("integer", t -> t instanceof IntegerType);
    public static final TypeConstraint FLOAT = new TypeConstraint("floating-point", t -> t instanceof FloatType);
    public static final TypeConstraint SIGNLESS_INTEGER_OR_INDEX = new TypeConstraint("signless integer or index",
        t -> t instanceof IndexType || t instanceof IntegerType i && i.isSignless());
    public static final TypeConstraint MEMREF = new TypeConstraint("memref of any type values",
        t -> t instanceof MemRefType);
    public static final TypeConstraint ANY_RANKED_OR_UNRANKED_MEMREF = new TypeConstraint(
        "ranked or unranked memref of any type values", t -> t instanceof MemRefType || t instanceof UnrankedMemRefType);
    public static final TypeConstraint TENSOR = new TypeConstraint("tensor of any type values",
        t -> t instanceof RankedTensorType || t instanceof UnrankedTensorType);
    public static final TypeConstraint VECTOR = new TypeConstraint("vector of any type values", t -> t instanceof VectorType);
    public static final TypeConstraint FUNCTION = new TypeConstraint("function type", t -> t instanceof FunctionType);
    public static final TypeConstraint COMPLEX = new TypeConstraint("complex", t -> t instanceof ComplexType);

    /** Scalars matching {@code scalar}, or vectors/tensors of them: MLIR's "-like" constraints. */
    public static TypeConstraint like(TypeConstraint scalar, String summary) {
        return new TypeConstraint(summary, t -> scalar.test(t)
            || (t instanceof VectorType || t instanceof RankedTensorType || t instanceof UnrankedTensorType)
            && scalar.test(((ShapedType) t).elementType()));
    }

    public static final TypeConstraint SIGNLESS_INTEGER_LIKE = like(SIGNLESS_INTEGER_OR_INDEX,
        "signless-integer-like");
    public static final TypeConstraint FLOAT_LIKE = like(FLOAT, "floating-point-like");
    public static final TypeConstraint BOOL_LIKE = like(I1, "bool-like");

    // ---- attributes
    public static final AttrConstraint ANY_ATTR = AttrConstraint.ANY;
    public static final AttrConstraint UNIT_ATTR = new AttrConstraint("unit attribute", a -> a instanceof UnitAttr);
    public static final AttrConstraint STRING_ATTR = new AttrConstraint("string attribute", a -> a instanceof StringAttr);
    public static final AttrConstraint SYMBOL_NAME_ATTR = STRING_ATTR;
    public static final AttrConstraint TYPE_ATTR = new AttrConstraint("any type attribute", a -> a instanceof TypeAttr);
    public static final AttrConstraint FUNCTION_TYPE_ATTR = new AttrConstraint("type attribute of function type",
        a -> a instanceof TypeAttr t && t.value() instanceof FunctionType);
    public static final AttrConstraint INTEGER_ATTR = new AttrConstraint("integer attribute", a -> a instanceof IntegerAttr);
    public static final AttrConstraint I64_ATTR = new AttrConstraint("64-bit signless integer attribute",
        a -> a instanceof IntegerAttr i && i.type().equals(IntegerType.I64));
    public static final AttrConstraint I32_ATTR = new AttrConstraint("32-bit signless integer attribute",
        a -> a instanceof IntegerAttr i && i.type().equals(IntegerType.I32));
    public static final AttrConstraint INDEX_ATTR = new AttrConstraint("index attribute",
        a -> a instanceof IntegerAttr i && i.type() instanceof IndexType);
    public static final AttrConstraint BOOL_ATTR = new AttrConstraint("bool attribute",
        a -> a instanceof IntegerAttr i && i.type().equals(IntegerType.I1));
    public static final AttrConstraint FLOAT_ATTR = new AttrConstraint("floating-point attribute", a -> a instanceof FloatAttr);
    public static final AttrConstraint ARRAY_ATTR = new AttrConstraint("array attribute", a -> a instanceof ArrayAttr);
    public static final AttrConstraint DICT_ATTR = new AttrConstraint("dictionary of named attribute values",
        a -> a instanceof DictionaryAttr);
    public static final AttrConstraint SYMBOL_REF_ATTR = new AttrConstraint("symbol reference attribute",
        a -> a instanceof SymbolRefAttr);
    public static final AttrConstraint FLAT_SYMBOL_REF_ATTR = new AttrConstraint("flat symbol reference attribute",
        a -> a instanceof SymbolRefAttr s && s.isFlat());
    public static final AttrConstraint TYPED_ATTR = new AttrConstraint("TypedAttr instance", a -> a instanceof TypedAttribute);
    public static final AttrConstraint ELEMENTS_ATTR = new AttrConstraint("constant vector/tensor attribute",
        a -> a instanceof DenseElementsAttr);
    public static final AttrConstraint DENSE_I32_ARRAY = denseArray(IntegerType.I32, "i32 dense array attribute");
    public static final AttrConstraint DENSE_I64_ARRAY = denseArray(IntegerType.I64, "i64 dense array attribute");
    public static final AttrConstraint DENSE_BOOL_ARRAY = denseArray(IntegerType.I1, "i1 dense array attribute");

    public static AttrConstraint denseArray(Type element, String summary) {
        return new AttrConstraint(summary, a -> a instanceof DenseArrayAttr d && d.elementType().equals(element));
    }

    /** An array attribute whose elements all satisfy {@code element}. */
    public static AttrConstraint arrayOf(AttrConstraint element, String summary) {
        return new AttrConstraint(summary, a -> {
            if (!(a instanceof ArrayAttr arr)) return false;
            for (Attribute e : arr.elements()) if (!element.test(e)) return false;
            return true;
        });
    }

    /** An attribute of the given Java class (dialect enum attributes and the like). */
    public static AttrConstraint ofClass(Class<? extends Attribute> cls, String summary) {
        return new AttrConstraint(summary, cls::isInstance);
    }
}

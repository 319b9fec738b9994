package org.jmlir.dialect.arith;

import java.util.List;
import org.jmlir.ir.Builder;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseElementsAttr;
import org.jmlir.ir.attr.FloatAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.TypedAttribute;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.Type;

/** Creating arith.constant for folded values (upstream's ConstantOp::isBuildableWith and materialize). */
public final class ArithConstants {
    private ArithConstants() {}

    /** Whether arith.constant can hold {@code value} as a {@code type}. */
    public static boolean isBuildableWith(Attribute value, Type type) {
        if (!(value instanceof TypedAttribute t) || !t.type().equals(type)) return false;
        if (ConstAttrs.element(type) instanceof IntegerType i && !i.isSignless()) return false;
        return value instanceof IntegerAttr || value instanceof FloatAttr || value instanceof DenseElementsAttr;
    }

    /** An arith.constant of {@code value} at the builder's insertion point, or null when it cannot hold it. */
    public static Operation materialize(Builder builder, Attribute value, Type type, Location loc) {
        if (!isBuildableWith(value, type)) return null;
        return builder.create("arith.constant", loc, List.of(), List.of(type), "value",
            builder.context().intern(value));
    }
}

package org.jmlir.text.format;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.NoneType;
import org.jmlir.ir.type.RankedTensorType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;
import org.jmlir.ir.type.VectorType;

/** Test double: MLIR spelling of the builtin types the tests use. */
final class FakeTypes {
    private FakeTypes() {}

    static String print(Type t) {
        return switch (t) {
            case IntegerType i -> i.toString();
            case FloatType f -> f.toString();
            case IndexType i -> "index";
            case NoneType n -> "none";
            case VectorType v -> "vector<" + dims(v.shape()) + print(v.elementType()) + ">";
            case RankedTensorType r -> "tensor<" + dims(r.shape()) + print(r.elementType()) + ">";
            case MemRefType m -> "memref<" + dims(m.shape()) + print(m.elementType()) + ">";
            case FunctionType f -> "(" + join(f.inputs()) + ") -> " + arrow(f.results());
            default -> t.toString();
        };
    }

    static String arrow(List<Type> results) {
        if (results.size() == 1 && !(results.get(0) instanceof FunctionType)) return print(results.get(0));
        return "(" + join(results) + ")";
    }

    static String join(List<? extends Type> ts) {
        List<String> s = new ArrayList<>();
        for (Type t : ts) s.add(print(t));
        return String.join(", ", s);
    }

    private static String dims(List<Long> shape) {
        StringBuilder sb = new StringBuilder();
        for (long d : shape) sb.append(d == ShapedType.DYNAMIC ? "?" : Long.toString(d)).append('x');
        return sb.toString();
    }
}

package org.jmlir.text;

import java.util.function.Consumer;
import org.jmlir.ir.attr.ArrayAttr;
import org.jmlir.ir.attr.CallSiteLoc;
import org.jmlir.ir.attr.DenseElementsAttr;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.FusedLoc;
import org.jmlir.ir.attr.NameLoc;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.attr.TypeAttr;
import org.jmlir.ir.attr.TypedAttribute;
import org.jmlir.ir.type.ComplexType;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.RankedTensorType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.TupleType;
import org.jmlir.ir.type.UnrankedMemRefType;

/**
 * Visits an attribute or type and everything nested in it (attributes and types), pre-order, in printing order.
 * Used to find what the printer will alias.
 */
final class SubElements {
    private SubElements() {}

    /** Calls {@code visit} for {@code node} (an Attribute or a Type) and every attribute/type nested in it. */
    static void walk(Object node, Consumer<Object> visit) {
        if (node == null) return;
        visit.accept(node);
        switch (node) {
            case ArrayAttr arr -> arr.elements().forEach(e -> walk(e, visit));
            case DictionaryAttr d -> {
                for (NamedAttribute e : d.entries()) walk(e.value(), visit);
            }
            case TypeAttr t -> walk(t.value(), visit);
            case DenseElementsAttr d -> walk(d.type(), visit);
            case NameLoc n -> walk(n.child(), visit);
            case CallSiteLoc c -> {
                walk(c.callee(), visit);
                walk(c.caller(), visit);
            }
            case FusedLoc f -> {
                f.locations().forEach(l -> walk(l, visit));
                walk(f.metadata(), visit);
            }
            case TypedAttribute t -> walk(t.type(), visit);
            case MemRefType m -> {
                walk(m.elementType(), visit);
                walk(m.layout(), visit);
                walk(m.memorySpace(), visit);
            }
            case UnrankedMemRefType m -> {
                walk(m.elementType(), visit);
                walk(m.memorySpace(), visit);
            }
            case RankedTensorType r -> {
                walk(r.elementType(), visit);
                walk(r.encoding(), visit);
            }
            case ShapedType s -> walk(s.elementType(), visit);
            case ComplexType c -> walk(c.elementType(), visit);
            case TupleType tt -> tt.types().forEach(x -> walk(x, visit));
            case FunctionType f -> {
                f.inputs().forEach(x -> walk(x, visit));
                f.results().forEach(x -> walk(x, visit));
            }
            default -> { }
        }
    }

    /** Like {@link #walk} but without visiting {@code node} itself. */
    static void walkNested(Object node, Consumer<Object> visit) {
        boolean[] first = {true};
        walk(node, x -> {
            if (first[0]) first[0] = false;
            else visit.accept(x);
        });
    }
}

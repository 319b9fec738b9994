package org.jmlir.text;

import java.util.function.Consumer;
import org.jmlir.ir.attr.ArrayAttr;
import org.jmlir.ir.attr.Attribute;
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
import org.jmlir.ir.type.Type;
import org.jmlir.ir.type.UnrankedMemRefType;

/** Visits the attributes and types nested inside builtin types and attributes, in printing order. */
final class SubElements {
    private SubElements() {}

    /** Calls {@code onAttr} for {@code a} and every attribute nested in it (types are descended into too). */
    static void walk(Attribute a, Consumer<Attribute> onAttr) {
        if (a == null) return;
        onAttr.accept(a);
        switch (a) {
            case ArrayAttr arr -> arr.elements().forEach(e -> walk(e, onAttr));
            case DictionaryAttr d -> {
                for (NamedAttribute e : d.entries()) walk(e.value(), onAttr);
            }
            case TypeAttr t -> walk(t.value(), onAttr);
            case DenseElementsAttr d -> walk(d.type(), onAttr);
            case NameLoc n -> walk(n.child(), onAttr);
            case CallSiteLoc c -> {
                walk(c.callee(), onAttr);
                walk(c.caller(), onAttr);
            }
            case FusedLoc f -> {
                f.locations().forEach(l -> walk(l, onAttr));
                walk(f.metadata(), onAttr);
            }
            case TypedAttribute t -> walk(t.type(), onAttr);
            default -> { }
        }
    }

    /** Calls {@code onAttr} for every attribute nested in type {@code t}. */
    static void walk(Type t, Consumer<Attribute> onAttr) {
        if (t == null) return;
        switch (t) {
            case MemRefType m -> {
                walk(m.elementType(), onAttr);
                walk(m.layout(), onAttr);
                walk(m.memorySpace(), onAttr);
            }
            case UnrankedMemRefType m -> {
                walk(m.elementType(), onAttr);
                walk(m.memorySpace(), onAttr);
            }
            case RankedTensorType r -> {
                walk(r.elementType(), onAttr);
                walk(r.encoding(), onAttr);
            }
            case ShapedType s -> walk(s.elementType(), onAttr);
            case ComplexType c -> walk(c.elementType(), onAttr);
            case TupleType tt -> tt.types().forEach(x -> walk(x, onAttr));
            case FunctionType f -> {
                f.inputs().forEach(x -> walk(x, onAttr));
                f.results().forEach(x -> walk(x, onAttr));
            }
            default -> { }
        }
    }
}

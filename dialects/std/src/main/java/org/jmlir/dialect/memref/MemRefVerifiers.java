package org.jmlir.dialect.memref;

import java.util.List;
import java.util.Objects;
import org.jmlir.asm.AsmText;
import org.jmlir.dialect.scf.AsmSupport;
import org.jmlir.dialect.scf.RegionEdges;
import org.jmlir.ir.Operation;
import org.jmlir.ir.SymbolTable;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseElementsAttr;
import org.jmlir.ir.attr.SymbolRefAttr;
import org.jmlir.ir.attr.TypeAttr;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;
import org.jmlir.ir.type.UnrankedMemRefType;
import org.jmlir.ods.Segments;
import org.jmlir.ods.Trait;

/** The checks of the memref ops other than views and reshapes, with upstream's messages and order. */
final class MemRefVerifiers {
    private MemRefVerifiers() {}

    private static String q(Type t) { return "'" + AsmText.of(t) + "'"; }

    private static boolean dynamicDimCount(Operation op, MemRefType t, int given) {
        int expected = Layouts.numDynamicDims(t);
        if (given == expected) return true;
        return op.emitOpError("incorrect number of dynamic sizes, has " + given + ", expected " + expected).fail();
    }

    static boolean allocLike(Operation op) {
        MemRefType t = (MemRefType) op.result(0).type();
        if (!dynamicDimCount(op, t, Segments.operands(op, "dynamicSizes").size())) return false;
        int symbols = Segments.operands(op, "symbolOperands").size(), expected = Layouts.numLayoutSymbols(t);
        if (symbols != expected) {
            return op.emitOpError("symbol operand count does not equal memref symbol count: expected " + expected
                + ", got " + symbols).fail();
        }
        return true;
    }

    /** Stack allocations need a scope that frees them (func.func, scf.for, memref.alloca_scope...). */
    static boolean alloca(Operation op) {
        if (op.parentWithTrait(Trait.AUTOMATIC_ALLOCATION_SCOPE) == null) {
            return op.emitOpError("requires an ancestor op with AutomaticAllocationScope trait").fail();
        }
        return allocLike(op);
    }

    static boolean load(Operation op) {
        MemRefType t = (MemRefType) op.operand(0).type();
        if (!op.result(0).type().equals(t.elementType())) {
            return op.emitOpError("failed to verify that result type matches element type of 'memref'").fail();
        }
        int indices = op.numOperands() - 1;
        if (indices != t.rank()) {
            return op.emitOpError("incorrect number of indices for load, expected " + t.rank() + " but got " + indices)
                .fail();
        }
        return true;
    }

    static boolean store(Operation op) {
        MemRefType t = (MemRefType) op.operand(1).type();
        if (!op.operand(0).type().equals(t.elementType())) {
            return op.emitOpError("failed to verify that type of 'value' matches element type of 'memref'").fail();
        }
        if (op.numOperands() - 2 != t.rank()) {
            return op.emitOpError("store index operand count not equal to memref rank").fail();
        }
        return true;
    }

    static boolean atomicRmw(Operation op) {
        MemRefType t = (MemRefType) op.operand(1).type();
        Type value = op.operand(0).type();
        if (!value.equals(t.elementType())) {
            return op.emitOpError("failed to verify that value type matches element type of memref").fail();
        }
        if (!op.result(0).type().equals(value)) {
            return op.emitOpError("failed to verify that all of {value, result} have same type").fail();
        }
        if (t.rank() != op.numOperands() - 2) {
            return op.emitOpError("expects the number of subscripts to be equal to memref rank").fail();
        }
        long k = op.attr("kind") instanceof org.jmlir.ir.attr.IntegerAttr i ? i.longValue() : -1;
        String kind = k >= 0 && k < MemRefDialect.ATOMIC_KINDS.size() ? MemRefDialect.ATOMIC_KINDS.get((int) k) : "?";
        boolean floatKind = List.of("addf", "maximumf", "minimumf", "mulf", "maxnumf", "minnumf").contains(kind);
        boolean intKind = List.of("addi", "maxs", "maxu", "mins", "minu", "muli", "ori", "andi", "xori").contains(kind);
        if (floatKind && !(value instanceof FloatType)) {
            return op.emitOpError("with kind '" + kind + "' expects a floating-point type").fail();
        }
        if (intKind && !(value instanceof IntegerType)) {
            return op.emitOpError("with kind '" + kind + "' expects an integer type").fail();
        }
        return true;
    }

    // ---- casts and copies

    /** MLIR's CastOp::areCastCompatible for memrefs. */
    static boolean castCompatible(Type a, Type b) {
        if (a instanceof MemRefType x && b instanceof MemRefType y) {
            if (!x.elementType().equals(y.elementType())) return false;
            if (!Objects.equals(x.layout(), y.layout())) {
                Layouts.Strided s = Layouts.stridesAndOffset(x), t = Layouts.stridesAndOffset(y);
                if (s == null || t == null || s.strides().length != t.strides().length) return false;
                if (!compatible(s.offset(), t.offset())) return false;
                for (int i = 0; i < s.strides().length; i++) {
                    if (!compatible(s.strides()[i], t.strides()[i])) return false;
                }
            }
            if (!Objects.equals(x.memorySpace(), y.memorySpace()) || x.rank() != y.rank()) return false;
            for (int i = 0; i < x.rank(); i++) {
                long p = x.shape().get(i), r = y.shape().get(i);
                if (p != ShapedType.DYNAMIC && r != ShapedType.DYNAMIC && p != r) return false;
            }
            return true;
        }
        // Unranked to unranked is not a cast upstream supports.
        if (a instanceof UnrankedMemRefType && b instanceof UnrankedMemRefType) return false;
        return ((ShapedType) a).elementType().equals(((ShapedType) b).elementType())
            && Objects.equals(memorySpace(a), memorySpace(b));
    }

    private static boolean compatible(long a, long b) {
        return a == ShapedType.DYNAMIC || b == ShapedType.DYNAMIC || a == b;
    }

    static Attribute memorySpace(Type t) {
        return t instanceof MemRefType m ? m.memorySpace() : ((UnrankedMemRefType) t).memorySpace();
    }

    static boolean cast(Operation op) {
        Type a = op.operand(0).type(), b = op.result(0).type();
        if (castCompatible(a, b)) return true;
        return op.emitOpError("operand type " + q(a) + " and result type " + q(b) + " are cast incompatible").fail();
    }

    /** Only the memory space may differ. */
    static boolean memorySpaceCast(Operation op) {
        Type a = op.operand(0).type(), b = op.result(0).type();
        boolean ok;
        if (a instanceof MemRefType x && b instanceof MemRefType y) {
            ok = x.elementType().equals(y.elementType()) && Objects.equals(x.layout(), y.layout())
                && x.shape().equals(y.shape());
        } else {
            ok = a instanceof UnrankedMemRefType x && b instanceof UnrankedMemRefType y
                && x.elementType().equals(y.elementType());
        }
        if (ok) return true;
        return op.emitOpError("operand type " + q(a) + " and result type " + q(b) + " are cast incompatible").fail();
    }

    static boolean reshape(Operation op) {
        ShapedType source = (ShapedType) op.operand(0).type(), result = (ShapedType) op.result(0).type();
        if (!source.elementType().equals(result.elementType())) {
            return op.emitOpError("element types of source and destination memref types should be the same").fail();
        }
        if (source instanceof MemRefType m && !Layouts.isIdentity(m)) {
            return op.emitOpError("source memref type should have identity affine map").fail();
        }
        long length = ((MemRefType) op.operand(1).type()).shape().get(0);
        if (result instanceof MemRefType m) {
            if (!Layouts.isIdentity(m)) return op.emitOpError("result memref type should have identity affine map").fail();
            if (length == ShapedType.DYNAMIC) {
                return op.emitOpError("cannot use shape operand with dynamic length to reshape to statically-ranked "
                    + "memref type").fail();
            }
            if (length != m.rank()) {
                return op.emitOpError("length of shape operand differs from the result's memref rank").fail();
            }
        }
        return true;
    }

    static boolean assumeAlignment(Operation op) {
        long a = ((org.jmlir.ir.attr.IntegerAttr) op.attr("alignment")).longValue();
        if (Long.bitCount(a) != 1) return op.emitOpError("alignment must be power of 2").fail();
        return true;
    }

    static boolean copy(Operation op) {
        ShapedType a = (ShapedType) op.operand(0).type(), b = (ShapedType) op.operand(1).type();
        if (!a.elementType().equals(b.elementType())) {
            return op.emitOpError("requires the same element type for all operands").fail();
        }
        if (a.hasRank() && b.hasRank()) {
            boolean same = a.rank() == b.rank();
            for (int i = 0; same && i < a.rank(); i++) {
                long p = a.shape().get(i), r = b.shape().get(i);
                same = p == r || p == ShapedType.DYNAMIC || r == ShapedType.DYNAMIC;
            }
            if (!same) return op.emitOpError("requires the same shape for all operands").fail();
        }
        return true;
    }

    static boolean view(Operation op) {
        MemRefType base = (MemRefType) op.operand(0).type(), view = (MemRefType) op.result(0).type();
        if (!Layouts.isIdentity(base)) return op.emitError("unsupported map for base memref type " + q(base)).fail();
        if (!Layouts.isIdentity(view)) return op.emitError("unsupported map for result memref type " + q(view)).fail();
        if (!Objects.equals(base.memorySpace(), view.memorySpace())) {
            return op.emitError("different memory spaces specified for base memref type " + q(base)
                + " and view memref type " + q(view)).fail();
        }
        return dynamicDimCount(op, view, op.numOperands() - 2);
    }

    // ---- globals

    static boolean global(Operation op) {
        Type type = op.attr("type") instanceof TypeAttr t ? t.value() : null;
        if (!(type instanceof MemRefType m) || !m.hasStaticShape()) {
            return op.emitOpError("type should be static shaped memref, but got " + (type == null ? "''" : q(type)))
                .fail();
        }
        Attribute init = op.attr("initial_value");
        if (init == null || init instanceof UnitAttr) return true;
        if (!(init instanceof DenseElementsAttr e)) {
            return op.emitOpError("initial value should be a unit or elements attribute, but got "
                + AsmText.of(init)).fail();
        }
        if (!e.type().elementType().equals(m.elementType())) {
            return op.emitOpError("initial value element expected to be of type " + q(m.elementType())
                + ", but was of type " + q(e.type().elementType())).fail();
        }
        if (!e.type().shape().equals(m.shape())) {
            return op.emitOpError("initial value shape expected to be " + shape(m.shape()) + " but was "
                + shape(e.type().shape())).fail();
        }
        return true;
    }

    private static String shape(List<Long> dims) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < dims.size(); i++) sb.append(i > 0 ? ", " : "").append(dims.get(i));
        return sb.toString();
    }

    static boolean getGlobal(Operation op) {
        if (!(op.attr("name") instanceof SymbolRefAttr ref)) return true;
        Operation global = SymbolTable.lookupNearestSymbolFrom(op, ref);
        if (global == null || !global.name().equals("memref.global")) {
            return op.emitOpError("'" + ref.leafReference() + "' does not reference a valid global memref").fail();
        }
        Type expected = ((TypeAttr) global.attr("type")).value(), actual = op.result(0).type();
        if (!expected.equals(actual)) {
            return op.emitOpError("result type " + q(actual) + " does not match type " + q(expected)
                + " of the global memref @" + ref.leafReference()).fail();
        }
        return true;
    }

    // ---- alloca_scope

    static boolean allocaScopeRegions(Operation op) {
        Operation t = AsmSupport.terminatorOf(op.region(0));
        if (t == null || !t.name().equals("memref.alloca_scope.return")) return true;
        return RegionEdges.check(op, t, RegionEdges.from(t), RegionEdges.PARENT, t.operands(), op.resultTypes());
    }
}

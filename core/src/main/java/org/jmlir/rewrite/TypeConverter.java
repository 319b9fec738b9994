package org.jmlir.rewrite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jmlir.ir.Block;
import org.jmlir.ir.Builder;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.Type;

/**
 * Converts types for a dialect conversion (MLIR's TypeConverter). Conversions are tried most recently added
 * first; each returns the converted types, or null to let the next one try; {@link #fail()} stops with "cannot be
 * converted". Materializations build IR that turns values of one type into another: source materializations go
 * from converted types back to an original type (for users not converted), target materializations from any
 * type to a converted one (for a pattern's operands).
 */
public class TypeConverter {
    /** A conversion callback: the converted types (empty: the type is dropped), null to defer, or {@link #fail()}. */
    @FunctionalInterface
    public interface Conversion {
        List<Type> convert(Type type);
    }

    /** Builds IR that produces a value of {@code resultType} from {@code inputs}, or returns null. */
    @FunctionalInterface
    public interface Materialization {
        Value materialize(Builder builder, Type resultType, List<Value> inputs, Location loc);
    }

    private static final List<Type> FAILURE = Collections.unmodifiableList(new ArrayList<>());

    private final List<Conversion> conversions = new ArrayList<>();
    private final List<Materialization> sourceMaterializations = new ArrayList<>();
    private final List<Materialization> targetMaterializations = new ArrayList<>();
    private final Map<Type, List<Type>> cache = new ConcurrentHashMap<>();

    /** The value a conversion returns to say the type cannot be converted. */
    public static List<Type> fail() { return FAILURE; }

    public TypeConverter addConversion(Conversion c) {
        conversions.add(c);
        cache.clear();
        return this;
    }

    /** A 1:1 conversion; {@code fn} returns null to defer. */
    public TypeConverter addConversion(Function<Type, Type> fn) {
        return addConversion((Conversion) t -> {
            Type r = fn.apply(t);
            return r == null ? null : List.of(r);
        });
    }

    public TypeConverter addSourceMaterialization(Materialization m) {
        sourceMaterializations.add(m);
        return this;
    }

    public TypeConverter addTargetMaterialization(Materialization m) {
        targetMaterializations.add(m);
        return this;
    }

    /** The types {@code t} converts to, or null when it cannot be converted. */
    public List<Type> convertTypes(Type t) {
        List<Type> cached = cache.get(t);
        if (cached != null) return cached == FAILURE ? null : cached;
        List<Type> result = FAILURE;
        for (int i = conversions.size() - 1; i >= 0; i--) {
            List<Type> r = conversions.get(i).convert(t);
            if (r == null) continue;
            result = r == FAILURE ? FAILURE : List.copyOf(r);
            break;
        }
        cache.put(t, result);
        return result == FAILURE ? null : result;
    }

    /** The single type {@code t} converts to, or null when it cannot be converted 1:1. */
    public Type convertType(Type t) {
        List<Type> r = convertTypes(t);
        return r != null && r.size() == 1 ? r.getFirst() : null;
    }

    /** All of {@code types} converted, or null when one cannot be. */
    public List<Type> convertTypes(List<Type> types) {
        List<Type> out = new ArrayList<>();
        for (Type t : types) {
            List<Type> r = convertTypes(t);
            if (r == null) return null;
            out.addAll(r);
        }
        return out;
    }

    public boolean isLegal(Type t) { return List.of(t).equals(convertTypes(t)); }

    public boolean isLegal(List<Type> types) {
        for (Type t : types) if (!isLegal(t)) return false;
        return true;
    }

    /** Whether every operand and result type of {@code op} is legal. */
    public boolean isLegal(Operation op) { return isLegal(op.operandTypes()) && isLegal(op.resultTypes()); }

    public boolean isSignatureLegal(FunctionType type) { return isLegal(type.inputs()) && isLegal(type.results()); }

    /** Whether every block argument type in {@code region} is legal. */
    public boolean isLegal(Region region) {
        for (Block b : region.blocks()) if (!isLegal(b.argumentTypes())) return false;
        return true;
    }

    /** How the arguments of a signature map to converted ones (MLIR's SignatureConversion). */
    public static final class SignatureConversion {
        /** Where original input {@code i} went: a range of new inputs, or a replacement value. */
        private record InputMapping(int start, int size, Value replacement) {}

        private final InputMapping[] mappings;
        private final List<Type> converted = new ArrayList<>();

        public SignatureConversion(int numOriginalInputs) { mappings = new InputMapping[numOriginalInputs]; }

        /** Maps original input {@code i} to new inputs of {@code types} appended now. */
        public void addInputs(int i, List<Type> types) {
            mappings[i] = new InputMapping(converted.size(), types.size(), null);
            converted.addAll(types);
        }

        /** Appends new inputs that no original input maps to. */
        public void addInputs(List<Type> types) { converted.addAll(types); }

        /** Original input {@code i} is dropped; its uses take {@code value} (may be null when it has none). */
        public void remapInput(int i, Value value) { mappings[i] = new InputMapping(-1, 0, value); }

        public List<Type> convertedTypes() { return Collections.unmodifiableList(converted); }

        public int numOriginalInputs() { return mappings.length; }

        /** [start, size] of the new inputs for original input {@code i}, or null when it was dropped. */
        public int[] inputRange(int i) {
            InputMapping m = mappings[i];
            return m == null || m.start() < 0 ? null : new int[] {m.start(), m.size()};
        }

        public Value replacement(int i) { return mappings[i] == null ? null : mappings[i].replacement(); }
    }

    /** The conversion of a signature with inputs {@code types}, or null when one cannot be converted. */
    public SignatureConversion convertSignature(List<Type> types) {
        SignatureConversion c = new SignatureConversion(types.size());
        for (int i = 0; i < types.size(); i++) {
            List<Type> r = convertTypes(types.get(i));
            if (r == null) return null;
            c.addInputs(i, r);
        }
        return c;
    }

    /** The block signature conversion for {@code block}'s arguments, or null. */
    public SignatureConversion convertBlockSignature(Block block) { return convertSignature(block.argumentTypes()); }

    /** A value of original type {@code resultType} built from converted {@code inputs}, or null. */
    public Value materializeSourceConversion(Builder b, Location loc, Type resultType, List<Value> inputs) {
        return materialize(sourceMaterializations, b, loc, resultType, inputs);
    }

    /** A value of converted type {@code resultType} built from {@code inputs}, or null. */
    public Value materializeTargetConversion(Builder b, Location loc, Type resultType, List<Value> inputs) {
        return materialize(targetMaterializations, b, loc, resultType, inputs);
    }

    private static Value materialize(List<Materialization> ms, Builder b, Location loc, Type resultType,
                                     List<Value> inputs) {
        for (int i = ms.size() - 1; i >= 0; i--) {
            Value v = ms.get(i).materialize(b, resultType, inputs, loc);
            if (v != null) return v;
        }
        return null;
    }
}

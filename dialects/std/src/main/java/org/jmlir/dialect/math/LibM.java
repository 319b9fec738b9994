package org.jmlir.dialect.math;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's C math library, called through the FFM API: upstream's math folders call libm ({@code sinf} for
 * f32, {@code sin} for f64), so calling the same library gives the same bits, including its rounding errors and
 * the sign of the NaNs it returns. Where libm cannot be linked (another OS, native access denied), callers fall
 * back to java.lang.Math.
 */
final class LibM {
    private LibM() {}

    private static final SymbolLookup LOOKUP = lookup();
    private static final ConcurrentHashMap<String, Optional<MethodHandle>> HANDLES = new ConcurrentHashMap<>();

    private static SymbolLookup lookup() {
        try {
            Linker linker = Linker.nativeLinker();
            SymbolLookup libm;
            try {
                libm = SymbolLookup.libraryLookup("libm.so.6", Arena.global());
            } catch (RuntimeException e) {
                libm = name -> Optional.empty();
            }
            return libm.or(linker.defaultLookup());
        } catch (Throwable t) {
            return null;
        }
    }

    private static MethodHandle handle(String name, ValueLayout layout, int arity) {
        if (LOOKUP == null) return null;
        return HANDLES.computeIfAbsent(name + "/" + arity, k -> {
            try {
                var symbol = LOOKUP.find(name);
                if (symbol.isEmpty()) return Optional.empty();
                FunctionDescriptor fd = arity == 1 ? FunctionDescriptor.of(layout, layout)
                    : FunctionDescriptor.of(layout, layout, layout);
                return Optional.of(Linker.nativeLinker().downcallHandle(symbol.get(), fd));
            } catch (Throwable t) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    /** {@code name(x)} in double (e.g. "sin"), or null when libm is not available. */
    static Double call(String name, double x) {
        MethodHandle h = handle(name, ValueLayout.JAVA_DOUBLE, 1);
        if (h == null) return null;
        try {
            return (double) h.invokeExact(x);
        } catch (Throwable t) {
            return null;
        }
    }

    /** {@code name(x)} in float (e.g. "sinf"), or null. */
    static Float callF(String name, float x) {
        MethodHandle h = handle(name, ValueLayout.JAVA_FLOAT, 1);
        if (h == null) return null;
        try {
            return (float) h.invokeExact(x);
        } catch (Throwable t) {
            return null;
        }
    }

    static Double call(String name, double x, double y) {
        MethodHandle h = handle(name, ValueLayout.JAVA_DOUBLE, 2);
        if (h == null) return null;
        try {
            return (double) h.invokeExact(x, y);
        } catch (Throwable t) {
            return null;
        }
    }

    static Float callF(String name, float x, float y) {
        MethodHandle h = handle(name, ValueLayout.JAVA_FLOAT, 2);
        if (h == null) return null;
        try {
            return (float) h.invokeExact(x, y);
        } catch (Throwable t) {
            return null;
        }
    }
}

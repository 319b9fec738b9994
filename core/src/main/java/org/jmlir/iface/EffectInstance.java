package org.jmlir.iface;

import org.jmlir.ir.Value;

/**
 * One effect of an op: its kind, the value it acts on (null when it acts on a whole resource) and the resource
 * ({@link #DEFAULT_RESOURCE} unless a dialect models a separate one, such as a GPU's shared memory).
 */
public record EffectInstance(MemoryEffect effect, Value value, String resource) {
    public static final String DEFAULT_RESOURCE = "default";

    public EffectInstance(MemoryEffect effect, Value value) { this(effect, value, DEFAULT_RESOURCE); }

    public EffectInstance(MemoryEffect effect) { this(effect, null, DEFAULT_RESOURCE); }
}

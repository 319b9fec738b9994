package org.jmlir.iface;

/** The kinds of memory effect an op may have on a value or a resource, as MLIR's MemoryEffects. */
public enum MemoryEffect { READ, WRITE, ALLOCATE, FREE }

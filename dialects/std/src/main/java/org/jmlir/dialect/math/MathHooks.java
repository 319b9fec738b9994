package org.jmlir.dialect.math;

import org.jmlir.ods.OpDef;

/** Attaches to a math op definition its fold hook (upstream's MathOps.cpp). */
final class MathHooks {
    private MathHooks() {}

    static OpDef.Builder builder(String name) { return OpDef.builder(name).folder(MathFolders.hook(name)); }
}

package org.jmlir.passes;

import java.util.List;
import org.jmlir.pass.PassInfo;
import org.jmlir.pass.PassRegistration;

/** Registers the generic transforms of this module (found through ServiceLoader). */
public final class StandardPasses implements PassRegistration {
    @Override
    public List<PassInfo> passes() {
        return List.of(
            info(new StripDebugInfo()),
            info(new Canonicalize()),
            info(new Inline()),
            info(new Sccp()),
            info(new Cse()),
            info(new SymbolDce()),
            info(new SymbolPrivatize()),
            info(new PrintOpStats()),
            info(new ViewOpGraph()),
            info(new LoopInvariantCodeMotion()),
            info(new ControlFlowSink()),
            info(new ReconcileUnrealizedCasts()));
    }

    private static PassInfo info(org.jmlir.pass.Pass prototype) {
        return new PassInfo(prototype.argument(), prototype.description(), prototype::copy);
    }
}

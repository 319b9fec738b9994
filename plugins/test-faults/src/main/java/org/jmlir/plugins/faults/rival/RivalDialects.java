package org.jmlir.plugins.faults.rival;

import java.util.List;
import java.util.function.Supplier;
import org.jmlir.ir.Dialect;
import org.jmlir.plugins.DialectProvider;
import org.jmlir.plugins.faults.Dialects;
import org.pf4j.Extension;

/** Claims the example plugin's namespace and a built-in one (both refused) and a free one (registered). */
@Extension
public final class RivalDialects implements DialectProvider {
    @Override
    public List<Supplier<? extends Dialect>> dialects() {
        return List.of(() -> Dialects.named("example"), () -> Dialects.named("arith"), () -> Dialects.named("rival"));
    }
}

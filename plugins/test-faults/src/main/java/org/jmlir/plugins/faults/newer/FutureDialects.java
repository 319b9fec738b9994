package org.jmlir.plugins.faults.newer;

import java.util.List;
import java.util.function.Supplier;
import org.jmlir.ir.Dialect;
import org.jmlir.plugins.DialectProvider;
import org.jmlir.plugins.faults.Dialects;
import org.pf4j.Extension;

/** Must never be registered: its plugin requires jmlir 99. */
@Extension
public final class FutureDialects implements DialectProvider {
    @Override public List<Supplier<? extends Dialect>> dialects() { return List.of(() -> Dialects.named("future")); }
}

package org.jmlir.plugins.faults.start;

import java.util.List;
import java.util.function.Supplier;
import org.jmlir.ir.Dialect;
import org.jmlir.plugins.DialectProvider;
import org.jmlir.plugins.faults.Dialects;
import org.pf4j.Extension;

/** Must never be registered: its plugin failed to start. */
@Extension
public final class StartFailDialects implements DialectProvider {
    @Override public List<Supplier<? extends Dialect>> dialects() { return List.of(() -> Dialects.named("startfail")); }
}

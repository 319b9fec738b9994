package org.jmlir.plugins.example;

import java.util.List;
import java.util.function.Supplier;
import org.jmlir.ir.Dialect;
import org.jmlir.plugins.DialectProvider;
import org.pf4j.Extension;

/** Contributes the {@code example} dialect (PF4J finds it through the index its annotation processor writes). */
@Extension
public final class ExampleDialects implements DialectProvider {
    @Override public List<Supplier<? extends Dialect>> dialects() { return List.of(ExampleDialect::new); }
}

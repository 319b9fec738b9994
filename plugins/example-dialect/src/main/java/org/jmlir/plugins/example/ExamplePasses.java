package org.jmlir.plugins.example;

import java.util.List;
import org.jmlir.pass.PassInfo;
import org.jmlir.plugins.PassProvider;
import org.pf4j.Extension;

/** Contributes {@code example-drop-neg-under-square}. */
@Extension
public final class ExamplePasses implements PassProvider {
    @Override
    public List<PassInfo> passes() {
        DropNegUnderSquare p = new DropNegUnderSquare();
        return List.of(new PassInfo(p.argument(), p.description(), DropNegUnderSquare::new));
    }
}

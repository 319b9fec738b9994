package org.jmlir.asm;

import java.util.ServiceLoader;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.type.Type;

/**
 * MLIR's textual spelling of types and attributes for messages ({@code 'tensor<2xf32>'}). The textual-format module
 * provides the implementation through {@link ServiceLoader}; without it, records print their Java form.
 */
public final class AsmText {
    /** The textual format's printer of single types and attributes. */
    public interface Provider {
        String type(Type t);

        String attribute(Attribute a);
    }

    private static final Provider PROVIDER = ServiceLoader.load(Provider.class, AsmText.class.getClassLoader())
        .findFirst().orElse(null);

    private AsmText() {}

    public static String of(Type t) { return PROVIDER == null ? String.valueOf(t) : PROVIDER.type(t); }

    public static String of(Attribute a) { return PROVIDER == null ? String.valueOf(a) : PROVIDER.attribute(a); }
}

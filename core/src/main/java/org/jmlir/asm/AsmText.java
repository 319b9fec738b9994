package org.jmlir.asm;

import java.util.ServiceLoader;
import org.jmlir.ir.Operation;
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

        /** One op in the generic form, as MLIR prints an op into a diagnostic; null if not supported. */
        default String operation(Operation op) { return null; }
    }

    private static final Provider PROVIDER = ServiceLoader.load(Provider.class, AsmText.class.getClassLoader())
        .findFirst().orElse(null);

    private AsmText() {}

    public static String of(Type t) { return PROVIDER == null ? String.valueOf(t) : PROVIDER.type(t); }

    public static String of(Attribute a) { return PROVIDER == null ? String.valueOf(a) : PROVIDER.attribute(a); }

    /** The op in the generic form when the textual format is present, else null. */
    public static String ofOperation(Operation op) { return PROVIDER == null ? null : PROVIDER.operation(op); }

    /** The op as the verifier quotes it ({@code block with no terminator, has ...}): generic form, or its name. */
    public static String quote(Operation op) {
        String s = ofOperation(op);
        return s != null ? s : "\"" + op.name() + "\"";
    }
}

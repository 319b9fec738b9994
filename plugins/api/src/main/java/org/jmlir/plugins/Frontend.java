package org.jmlir.plugins;

import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.pf4j.ExtensionPoint;

/**
 * Translates some other input language into IR: {@code jtranslate --from=NAME}. Problems are reported as
 * diagnostics on the context (located in {@code bufferName}), never as exceptions.
 */
public interface Frontend extends ExtensionPoint {
    /** The {@code --from} name, e.g. {@code onnx}. */
    String name();

    /** One line for {@code --help} and listings. */
    String description();

    /** The top-level op (usually a {@code builtin.module}) built in {@code context}, or null after reporting errors. */
    Operation translate(Context context, String bufferName, byte[] source);
}

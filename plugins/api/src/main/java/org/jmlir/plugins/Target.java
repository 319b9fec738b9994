package org.jmlir.plugins;

import java.io.IOException;
import java.io.OutputStream;
import org.jmlir.ir.Operation;
import org.pf4j.ExtensionPoint;

/**
 * Translates IR out of jmlir into some other form: {@code jtranslate --to=NAME}. Unsupported IR is reported as
 * diagnostics on the op's context, never as exceptions.
 */
public interface Target extends ExtensionPoint {
    /** The {@code --to} name, e.g. {@code spirv}. */
    String name();

    /** One line for {@code --help} and listings. */
    String description();

    /** Writes the translation of {@code module} to {@code out}; returns false after reporting errors. */
    boolean translate(Operation module, OutputStream out) throws IOException;
}

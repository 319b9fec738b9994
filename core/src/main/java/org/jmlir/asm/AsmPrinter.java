package org.jmlir.asm;

import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.type.Type;

/** What dialect types and attributes (and custom op printers) may print with. Implemented by the textual format. */
public interface AsmPrinter {
    /** Appends raw text. */
    AsmPrinter print(String text);

    AsmPrinter print(long value);

    AsmPrinter printType(Type type);

    /** Prints an attribute with its type suffix where MLIR prints one ({@code 1 : i32}). */
    AsmPrinter printAttribute(Attribute attr);

    /** Prints an attribute without its type ({@code 1} for {@code 1 : i32}). */
    AsmPrinter printAttributeWithoutType(Attribute attr);

    /** Prints {@code s} as a bare keyword when it lexes as one, else as a quoted string. */
    AsmPrinter printKeywordOrString(String s);

    /** Prints {@code s} as a quoted, escaped string literal. */
    AsmPrinter printString(String s);

    /** Prints {@code @name}, quoting when needed. */
    AsmPrinter printSymbolName(String name);

    /** Prints a float the way MLIR prints float attributes. */
    AsmPrinter printFloat(double value, Type type);
}

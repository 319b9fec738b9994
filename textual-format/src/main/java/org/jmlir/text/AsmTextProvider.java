package org.jmlir.text;

import org.jmlir.asm.AsmText;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.type.Type;

/** Lets core's diagnostics spell types and attributes as mlir-opt does (found through ServiceLoader). */
public final class AsmTextProvider implements AsmText.Provider {
    @Override
    public String type(Type t) { return AttrTypePrinter.typeToString(t); }

    @Override
    public String attribute(Attribute a) { return AttrTypePrinter.attributeToString(a); }

    @Override
    public String operation(org.jmlir.ir.Operation op) { return OpPrinter.printInContext(op); }
}

package org.jmlir.builtin;

import java.util.List;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.SymbolTable;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ods.CustomAssembly;

/** {@code module @name attributes {...} { ... }}: the custom form of builtin.module. */
final class ModuleAssembly implements CustomAssembly {
    private static final List<String> ELIDED = List.of(SymbolTable.SYMBOL_NAME);

    @Override
    public void parse(OpAsmParser p, OperationState state) {
        String name = p.parseOptionalSymbolName();
        if (name != null) state.addProperty(SymbolTable.SYMBOL_NAME, new StringAttr(name));
        for (NamedAttribute a : p.parseOptionalAttrDictWithKeyword()) state.addAttribute(a.name(), a.value());
        Region body = state.addRegion();
        p.parseRegion(body, null);
        if (body.isEmpty()) body.addBlock(new Block());
    }

    @Override
    public void print(Operation op, OpAsmPrinter p) {
        Attribute name = op.attr(SymbolTable.SYMBOL_NAME);
        if (name instanceof StringAttr s) {
            p.print(" ");
            p.printSymbolName(s.value());
        }
        // Like MLIR's getAttrs(): inherent and discardable attributes in one sorted dictionary; the visibility is
        // printed there (the form has no keyword for it), only the name is elided.
        List<NamedAttribute> all = new java.util.ArrayList<>(op.attributes().entries());
        for (NamedAttribute a : op.properties().entries()) {
            if (op.attributes().get(a.name()) == null) all.add(a);
        }
        p.printOptionalAttrDictWithKeyword(
            org.jmlir.ir.attr.DictionaryAttr.of(all).entries().stream().filter(a -> !ELIDED.contains(a.name()))
                .toList(), ELIDED);
        p.print(" ");
        p.printRegion(op.region(0), false, false, false);
    }
}

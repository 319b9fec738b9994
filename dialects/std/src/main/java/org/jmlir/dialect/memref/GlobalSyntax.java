package org.jmlir.dialect.memref;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.asm.AsmText;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.dialect.scf.AsmSupport;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseElementsAttr;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.TypeAttr;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.RankedTensorType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.CustomAssembly;

/**
 * {@code memref.global "private" constant @g : memref<2xf32> = dense<[1.0, 2.0]> {alignment = 64 : i64}}. The
 * initializer is parsed with the tensor type of the memref's shape; {@code = uninitialized} stores a unit attribute
 * and no initializer at all makes an external declaration.
 */
final class GlobalSyntax implements CustomAssembly {
    private static final List<String> ELIDED = List.of("sym_visibility", "constant", "sym_name", "type",
        "initial_value");

    @Override
    public void parse(OpAsmParser p, OperationState state) {
        String visibility = p.parseOptionalString();
        if (visibility != null) state.addAttribute("sym_visibility", new StringAttr(visibility));
        if (p.parseOptionalKeyword("constant")) state.addAttribute("constant", UnitAttr.UNIT);
        state.addAttribute("sym_name", new StringAttr(p.parseSymbolName()));
        p.parse(":");
        Type type = p.parseType();
        if (!(type instanceof MemRefType m) || !m.hasStaticShape()) {
            throw p.errorAt(state.location, "type should be static shaped memref, but got '" + AsmText.of(type) + "'");
        }
        state.addAttribute("type", new TypeAttr(type));
        if (p.parseOptional("=")) {
            if (p.parseOptionalKeyword("uninitialized")) {
                state.addAttribute("initial_value", UnitAttr.UNIT);
            } else {
                Attribute init = p.parseAttribute(new RankedTensorType(m.shape(), m.elementType(), null));
                if (!(init instanceof DenseElementsAttr)) {
                    throw p.errorAt(state.location, "initial value should be a unit or elements attribute");
                }
                state.addAttribute("initial_value", init);
            }
        }
        AsmSupport.addAttributes(state, p.parseOptionalAttrDict());
    }

    @Override
    public void print(Operation op, OpAsmPrinter p) {
        if (op.attr("sym_visibility") instanceof StringAttr v) p.print(" ").printString(v.value());
        if (op.attr("constant") != null) p.print(" constant");
        p.print(" ").printSymbolName(((StringAttr) op.attr("sym_name")).value());
        p.print(" : ").printType(((TypeAttr) op.attr("type")).value());
        Attribute init = op.attr("initial_value");
        if (init != null) {
            p.print(" = ");
            if (init instanceof UnitAttr) p.print("uninitialized");
            else p.printAttributeWithoutType(init);
        }
        p.printOpAttrDict(op, new ArrayList<>(ELIDED));
    }
}

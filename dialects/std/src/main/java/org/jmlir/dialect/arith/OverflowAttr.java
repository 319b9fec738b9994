package org.jmlir.dialect.arith;

import java.util.List;
import org.jmlir.asm.AsmParser;
import org.jmlir.asm.AsmPrinter;
import org.jmlir.ir.attr.DialectAttribute;

/** {@code #arith.overflow<nsw, nuw>}: no-signed-wrap / no-unsigned-wrap flags of integer ops. */
public record OverflowAttr(int flags) implements DialectAttribute {
    static final BitEnum ENUM = new BitEnum(List.of("nsw", "nuw"), null, ", ",
        "::mlir::arith::IntegerOverflowFlags", "Arith_IntegerOverflowAttr");

    public static final OverflowAttr NONE = new OverflowAttr(0);

    @Override public String dialectNamespace() { return "arith"; }

    @Override public String mnemonic() { return "overflow"; }

    @Override public void printParameters(AsmPrinter printer) { printer.print("<" + ENUM.print(flags) + ">"); }

    public static OverflowAttr parseParameters(AsmParser p) {
        p.parse("<");
        int v = ENUM.parse(p);
        p.parse(">");
        return p.context().intern(new OverflowAttr(v));
    }
}

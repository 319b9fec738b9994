package org.jmlir.dialect.arith;

import java.util.List;
import org.jmlir.asm.AsmParser;
import org.jmlir.asm.AsmPrinter;
import org.jmlir.ir.attr.DialectAttribute;

/** {@code #arith.fastmath<nnan,ninf>}: LLVM's fast-math flags on float ops (arith and math). */
public record FastMathAttr(int flags) implements DialectAttribute {
    static final BitEnum ENUM = new BitEnum(List.of("reassoc", "nnan", "ninf", "nsz", "arcp", "contract", "afn"),
        "fast", ",", "::mlir::arith::FastMathFlags", "Arith_FastMathAttr");

    public static final FastMathAttr NONE = new FastMathAttr(0);
    public static final FastMathAttr FAST = new FastMathAttr(ENUM.allBits());

    @Override public String dialectNamespace() { return "arith"; }

    @Override public String mnemonic() { return "fastmath"; }

    @Override public void printParameters(AsmPrinter printer) { printer.print("<" + ENUM.print(flags) + ">"); }

    /** Parses {@code <flags>}: the stripped form formats use ({@code fastmath<fast>}) and what follows the mnemonic. */
    public static FastMathAttr parseParameters(AsmParser p) {
        p.parse("<");
        int v = ENUM.parse(p);
        p.parse(">");
        return p.context().intern(new FastMathAttr(v));
    }
}

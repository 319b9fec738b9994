package org.jmlir.text.format;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmParser.UnresolvedOperand;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;

/**
 * MLIR's {@code custom<DynamicIndexList>($values, $static [, type($values)])}: a square-bracketed list mixing SSA
 * values and integers, {@code [%a, 4, %b]}. The static i64 array holds {@link ShapedType#DYNAMIC} where a value
 * stands. With the third argument each value is followed by {@code : type}.
 */
final class DynamicIndexList implements CustomDirective {
    @Override
    public boolean parse(OpAsmParser parser, ParseArgs args) {
        if (!parser.peek("[")) return false;
        parser.parse("[");
        boolean withTypes = args.size() > 2 && args.kind(2) == ArgKind.TYPE;
        List<UnresolvedOperand> values = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        List<Long> statics = new ArrayList<>();
        if (!parser.parseOptional("]")) {
            do {
                UnresolvedOperand v = parser.parseOptionalOperand();
                if (v != null) {
                    values.add(v);
                    statics.add(ShapedType.DYNAMIC);
                    if (withTypes) {
                        parser.parse(":");
                        types.add(parser.parseType());
                    }
                } else {
                    statics.add(parser.parseInteger().longValueExact());
                }
            } while (parser.parseOptional(","));
            parser.parse("]");
        }
        args.setOperands(0, values);
        long[] s = new long[statics.size()];
        for (int i = 0; i < s.length; i++) s[i] = statics.get(i);
        args.setAttr(1, DenseArrayAttr.i64(s));
        if (withTypes) args.setTypes(2, types);
        return true;
    }

    @Override
    public void print(OpAsmPrinter printer, Operation op, PrintArgs args) {
        List<Value> values = args.values(0);
        Attribute a = args.attr(1);
        long[] statics = a instanceof DenseArrayAttr d && d.ints() != null ? d.ints() : new long[0];
        boolean withTypes = args.size() > 2 && args.kind(2) == ArgKind.TYPE;
        printer.print("[");
        int dyn = 0;
        for (int i = 0; i < statics.length; i++) {
            if (i > 0) printer.print(", ");
            if (statics[i] == ShapedType.DYNAMIC && dyn < values.size()) {
                Value v = values.get(dyn++);
                printer.printOperand(v);
                if (withTypes) {
                    printer.print(" : ");
                    printer.printType(v.type());
                }
            } else {
                printer.print(statics[i]);
            }
        }
        printer.print("]");
    }
}

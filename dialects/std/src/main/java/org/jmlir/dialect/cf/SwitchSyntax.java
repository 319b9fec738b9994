package org.jmlir.dialect.cf;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jmlir.asm.AsmText;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.DenseElementsAttr;
import org.jmlir.ir.attr.DenseValues;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.Type;
import org.jmlir.ir.type.VectorType;
import org.jmlir.ods.CustomAssembly;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Segments;
import org.jmlir.ods.Trait;

/**
 * cf.switch's form, written by hand as upstream's {@code custom<SwitchOpCases>} is:
 * <pre>
 * cf.switch %flag : i32, [
 *   default: ^bb1(%a : i32),
 *   42: ^bb2
 * ]
 * </pre>
 * Case values print as unsigned numbers of the flag's width, as upstream prints them. The case operands are one
 * operand group split by {@code case_operand_segments}.
 */
final class SwitchSyntax implements CustomAssembly {
    @Override
    public void parse(OpAsmParser p, OperationState state) {
        var flag = p.parseOperand();
        p.parse(":");
        Location typeAt = p.currentLocation();
        Type flagType = p.parseType();
        if (!(flagType instanceof IntegerType intType)) {
            throw p.errorAt(typeAt, "invalid kind of type specified: expected builtin.integer, but found '"
                + AsmText.of(flagType) + "'");
        }
        p.parse(",");
        p.parse("[");
        p.parseKeyword("default");
        p.parse(":");
        List<Value> defaultOperands = new ArrayList<>();
        Block defaultDest = p.parseSuccessorAndUseList(defaultOperands);
        List<BigInteger> values = new ArrayList<>();
        List<Block> dests = new ArrayList<>();
        List<Value> caseOperands = new ArrayList<>();
        List<Long> segments = new ArrayList<>();
        while (p.parseOptional(",")) {
            // Upstream reads case values as int64_t, so 2^63 and above do not parse (even where they print).
            Location at = p.currentLocation();
            BigInteger v = p.parseInteger();
            if (v.bitLength() > 63) throw p.errorAt(at, "integer value too large");
            values.add(v);
            p.parse(":");
            int before = caseOperands.size();
            dests.add(p.parseSuccessorAndUseList(caseOperands));
            segments.add((long) (caseOperands.size() - before));
        }
        p.parse("]");
        for (var a : p.parseOptionalAttrDict()) state.addAttribute(a.name(), a.value());

        state.addOperand(p.resolveOperand(flag, flagType));
        state.addOperands(defaultOperands).addOperands(caseOperands);
        state.addSuccessor(defaultDest);
        dests.forEach(state::addSuccessor);
        if (!values.isEmpty()) state.addProperty("case_values", caseValues(intType, values));
        state.addProperty("case_operand_segments",
            DenseArrayAttr.i32(segments.stream().mapToLong(Long::longValue).toArray()));
        state.addProperty(OpDef.OPERAND_SEGMENT_SIZES,
            DenseArrayAttr.i32(1, defaultOperands.size(), caseOperands.size()));
    }

    /** {@code dense<[...]> : vector<N x flagType>}; values are wrapped to the flag's width (signless: signed). */
    static DenseElementsAttr caseValues(IntegerType type, List<BigInteger> values) {
        long[] v = new long[values.size()];
        for (int i = 0; i < v.length; i++) {
            BigInteger x = values.get(i);
            int w = type.width();
            if (w == 1) {
                v[i] = x.testBit(0) ? 1 : 0; // i1 elements are stored as 0/1, as the dense parser does
            } else if (w < 64) {
                long bits = x.longValue() & ((1L << w) - 1);
                v[i] = type.isUnsigned() ? bits : (bits << (64 - w)) >> (64 - w);
            } else {
                v[i] = x.longValue();
            }
        }
        return new DenseElementsAttr(new VectorType(List.of((long) v.length), type), new DenseValues.Ints(v));
    }

    @Override
    public void print(Operation op, OpAsmPrinter p) {
        Value flag = op.operand(0);
        p.print(" ");
        p.printOperand(flag);
        p.print(" : ");
        p.printType(flag.type());
        p.print(", [");
        p.printNewline();
        p.print("  default: ");
        p.printSuccessorAndUseList(op.successor(0), successorOperands(op, 0));
        List<BigInteger> values = values(op);
        if (!values.isEmpty()) {
            for (int i = 0; i < values.size() && i + 1 < op.numSuccessors(); i++) {
                p.print(",");
                p.printNewline();
                p.print("  " + values.get(i) + ": ");
                p.printSuccessorAndUseList(op.successor(i + 1), successorOperands(op, i + 1));
            }
            p.printNewline();
        }
        p.print("]");
        p.printOpAttrDict(op, List.of("case_values", "case_operand_segments", OpDef.OPERAND_SEGMENT_SIZES));
    }

    /** The case values as unsigned numbers of the flag's width (upstream prints APInt::getLimitedValue()). */
    static List<BigInteger> values(Operation op) {
        List<BigInteger> out = new ArrayList<>();
        if (!(op.attr("case_values") instanceof DenseElementsAttr d)) return out;
        int width = d.type().elementType() instanceof IntegerType it ? it.width() : 64;
        BigInteger mask = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
        DenseValues vs = d.values();
        for (long i = 0; i < d.numElements(); i++) {
            int k = d.isSplat() ? 0 : (int) i;
            BigInteger x = switch (vs) {
                case DenseValues.Ints ints -> BigInteger.valueOf(ints.values()[k]);
                case DenseValues.WideInts wide -> wide.values()[k];
                default -> BigInteger.ZERO;
            };
            out.add(x.and(mask));
        }
        return out;
    }

    /** Successor 0 takes the default operands, successor i+1 the i-th segment of the case operands. */
    static List<Value> successorOperands(Operation op, int successor) {
        if (successor == 0) return Segments.operands(op, "defaultOperands");
        List<Value> cases = Segments.operands(op, "caseOperands");
        if (!(op.attr("case_operand_segments") instanceof DenseArrayAttr seg) || successor > seg.size()) return List.of();
        int start = 0;
        for (int i = 0; i < successor - 1; i++) start += (int) seg.getLong(i);
        int len = (int) seg.getLong(successor - 1);
        // Malformed segments (negative sizes) are the verifier's to report; here they just give no operands.
        return start >= 0 && len >= 0 && start + len <= cases.size() ? cases.subList(start, start + len) : List.of();
    }

    /** VariadicOfVariadic: the segments add up to the case operands. */
    static final Trait CASE_SEGMENTS = new Trait("VariadicOfVariadic<case_operand_segments>", op -> {
        if (!(op.attr("case_operand_segments") instanceof DenseArrayAttr seg)) return true;
        long total = 0;
        for (int i = 0; i < seg.size(); i++) total += seg.getLong(i);
        int n = Segments.operands(op, "caseOperands").size();
        return total == n || op.emitOpError("caseOperands count (" + n + ") does not match with the total size ("
            + total + ") specified in attribute 'case_operand_segments'").fail();
    });

    static boolean verify(Operation op) {
        DenseElementsAttr values = op.attr("case_values") instanceof DenseElementsAttr d ? d : null;
        int dests = op.numSuccessors() - 1;
        if (values == null && dests == 0) return true;
        Type flagType = op.operand(0).type();
        if (values == null) {
            return op.emitOpError("number of case values (0) should match number of case destinations (" + dests
                + ")").fail();
        }
        Type valueType = values.type().elementType();
        if (!valueType.equals(flagType)) {
            return op.emitOpError("'flag' type ('" + AsmText.of(flagType) + "') should match case value type ('"
                + AsmText.of(valueType) + "')").fail();
        }
        if (values.numElements() != dests) {
            return op.emitOpError("number of case values (" + values.numElements()
                + ") should match number of case destinations (" + dests + ")").fail();
        }
        return true;
    }
}

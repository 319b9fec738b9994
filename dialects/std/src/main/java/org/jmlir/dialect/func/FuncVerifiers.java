package org.jmlir.dialect.func;

import java.util.List;
import org.jmlir.asm.AsmText;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.SymbolTable;
import org.jmlir.ir.SymbolTableCollection;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.ArrayAttr;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.attr.SymbolRefAttr;
import org.jmlir.ir.attr.TypeAttr;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.Segments;
import org.jmlir.ods.Trait;

/** The checks of the func ops, with upstream's messages. */
final class FuncVerifiers {
    private FuncVerifiers() {}

    /** SymbolOpInterface: a declaration (no body) must not be public. */
    static final Trait DECLARATION_VISIBILITY = new Trait("SymbolDeclarationVisibility", op ->
        !op.region(0).isEmpty() || !SymbolTable.visibility(op).equals("public")
            || op.emitOpError("symbol declaration cannot have public visibility").fail());

    /** FunctionOpInterface: argument/result attributes fit the signature, the entry block matches it. */
    static final Trait FUNCTION_INTERFACE = new Trait("FunctionOpInterface", FuncVerifiers::verifyFunction);

    static FunctionType functionType(Operation func) {
        return func.attr("function_type") instanceof TypeAttr t && t.value() instanceof FunctionType f ? f : null;
    }

    private static boolean verifyFunction(Operation op) {
        FunctionType type = functionType(op);
        if (type == null) return true;
        if (!verifyAttrArray(op, op.attr("arg_attrs"), type.inputs().size(), "argument", "arguments")) return false;
        if (!verifyAttrArray(op, op.attr("res_attrs"), type.results().size(), "result", "results")) return false;
        if (op.region(0).isEmpty()) return true;
        Block entry = op.region(0).entryBlock();
        if (entry.numArguments() != type.inputs().size()) {
            return op.emitOpError("entry block must have " + type.inputs().size()
                + " arguments to match function signature").fail();
        }
        for (int i = 0; i < entry.numArguments(); i++) {
            Type actual = entry.argument(i).type(), expected = type.inputs().get(i);
            if (!actual.equals(expected)) {
                return op.emitOpError("type of entry block argument #" + i + "(" + quoted(actual)
                    + ") must match the type of the corresponding argument in function signature(" + quoted(expected)
                    + ")").fail();
            }
        }
        return true;
    }

    private static boolean verifyAttrArray(Operation op, Attribute attrs, int expected, String kind, String plural) {
        if (!(attrs instanceof ArrayAttr array)) return true;
        if (array.size() != expected) {
            return op.emitOpError("expects " + kind + " attribute array to have the same number of elements as the "
                + "number of function " + plural + ", got " + array.size() + ", but expected " + expected).fail();
        }
        for (Attribute a : array.elements()) {
            if (!(a instanceof DictionaryAttr d)) {
                return op.emitOpError("expects " + kind + " attribute dictionary to be a DictionaryAttr, but got `"
                    + AsmText.of(a) + "`").fail();
            }
            for (NamedAttribute n : d.entries()) {
                // Only dialect attributes (with a "dialect." prefix) may annotate arguments and results.
                if (!n.name().contains(".")) {
                    return op.emitOpError(plural + " may only have dialect attributes").fail();
                }
            }
        }
        return true;
    }

    static boolean verifyReturn(Operation op) {
        Operation func = op.parentOp();
        FunctionType type = func == null ? null : functionType(func);
        if (type == null) return true;
        List<Type> results = type.results();
        String name = SymbolTable.symbolName(func);
        if (op.numOperands() != results.size()) {
            return op.emitOpError("has " + op.numOperands() + " operands, but enclosing function (@" + name
                + ") returns " + results.size()).fail();
        }
        for (int i = 0; i < results.size(); i++) {
            Type t = op.operand(i).type();
            if (!t.equals(results.get(i))) {
                return op.emitError("type of return operand " + i + " (" + quoted(t)
                    + ") doesn't match function result type (" + quoted(results.get(i)) + ") in function @" + name)
                    .fail();
            }
        }
        return true;
    }

    /** The func.func a flat reference names, looked up from the nearest symbol table, or null. */
    private static Operation lookupFunction(Operation from, Attribute ref, SymbolTableCollection tables) {
        if (!(ref instanceof SymbolRefAttr s)) return null;
        Operation fn = tables.lookupNearestSymbolFrom(from, s);
        return fn != null && fn.name().equals("func.func") ? fn : null;
    }

    static boolean verifyCallSymbolUses(Operation op, SymbolTableCollection tables) {
        Attribute callee = op.attr("callee");
        // A missing or nested reference was reported by the attribute constraint already.
        if (!(callee instanceof SymbolRefAttr ref) || !ref.isFlat()) return true;
        Operation fn = lookupFunction(op, callee, tables);
        FunctionType type = fn == null ? null : functionType(fn);
        if (type == null) {
            return op.emitOpError("'" + ref.rootReference() + "' does not reference a valid function").fail();
        }
        if (type.inputs().size() != op.numOperands()) {
            return op.emitOpError("incorrect number of operands for callee").fail();
        }
        for (int i = 0; i < type.inputs().size(); i++) {
            if (!op.operand(i).type().equals(type.inputs().get(i))) {
                return op.emitOpError("operand type mismatch: expected operand type " + quoted(type.inputs().get(i))
                    + ", but provided " + quoted(op.operand(i).type()) + " for operand number " + i).fail();
            }
        }
        if (type.results().size() != op.numResults()) {
            return op.emitOpError("incorrect number of results for callee").fail();
        }
        for (int i = 0; i < type.results().size(); i++) {
            if (!op.result(i).type().equals(type.results().get(i))) {
                return op.emitOpError("result type mismatch at index " + i)
                    .attachNote(op.location(), "      op result types: " + quotedList(op.resultTypes()))
                    .attachNote(op.location(), "function result types: " + quotedList(type.results()))
                    .fail();
            }
        }
        return true;
    }

    static boolean verifyConstantSymbolUses(Operation op, SymbolTableCollection tables) {
        Attribute value = op.attr("value");
        if (!(value instanceof SymbolRefAttr ref) || !ref.isFlat()) return true;
        Operation fn = lookupFunction(op, value, tables);
        if (fn == null) {
            return op.emitOpError("reference to undefined function '" + ref.rootReference() + "'").fail();
        }
        if (!op.result(0).type().equals(functionType(fn))) {
            return op.emitOpError("reference to function with mismatched type").fail();
        }
        return true;
    }

    /** call_indirect's TypesMatchWith checks: the callee's inputs or results against a value group. */
    static Trait calleeTypesMatch(String summary, String group) {
        return new Trait("TypesMatchWith<" + summary + ">", op -> {
            if (!(op.operand(0).type() instanceof FunctionType ft)) return true;
            List<Type> expected = group.equals("results") ? ft.results() : ft.inputs();
            List<? extends Value> values = group.equals("results") ? op.results()
                : Segments.operands(op, group);
            boolean ok = values.size() == expected.size();
            for (int i = 0; ok && i < values.size(); i++) ok = values.get(i).type().equals(expected.get(i));
            return ok || op.emitOpError("failed to verify that " + summary).fail();
        });
    }

    static String quoted(Type t) { return "'" + AsmText.of(t) + "'"; }

    private static String quotedList(List<Type> types) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < types.size(); i++) sb.append(i == 0 ? "" : ", ").append(quoted(types.get(i)));
        return sb.toString();
    }
}

package org.jmlir.dialect.func;

import static org.jmlir.ods.Constraints.ANY;
import static org.jmlir.ods.Constraints.FLAT_SYMBOL_REF_ATTR;
import static org.jmlir.ods.Constraints.FUNCTION;
import static org.jmlir.ods.Constraints.FUNCTION_TYPE_ATTR;
import static org.jmlir.ods.Constraints.STRING_ATTR;
import static org.jmlir.ods.Constraints.UNIT_ATTR;

import java.util.List;
import java.util.function.BiConsumer;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ods.AttrConstraint;
import org.jmlir.ods.Constraints;
import org.jmlir.ods.OpAsmHooks;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.SymbolUserHook;
import org.jmlir.ods.Trait;
import org.jmlir.text.format.FormatHints;

/**
 * Upstream MLIR's {@code func} dialect: functions, calls and returns. func.func has a hand-written form
 * ({@link FuncSyntax}); the others use declarative formats. Calls and func.constant check their callee through
 * {@link SymbolUserHook} once the enclosing symbol table is verified.
 */
public final class FuncDialect extends Dialect {
    /** ArrayAttr of DictionaryAttr: per-argument / per-result attributes. */
    static final AttrConstraint DICT_ARRAY = Constraints.arrayOf(Constraints.DICT_ATTR, "Array of dictionary attributes");

    @Override public String namespace() { return "func"; }

    @Override
    public org.jmlir.iface.DialectInlinerInterface inlinerInterface() { return FuncInterfaces.INLINER; }

    /** A symbol reference of function type is a func.constant (upstream's materializer). */
    @Override
    public org.jmlir.ir.Operation materializeConstant(org.jmlir.ir.Builder builder, org.jmlir.ir.attr.Attribute value,
                                                      org.jmlir.ir.type.Type type, org.jmlir.ir.attr.Location loc) {
        if (!(value instanceof org.jmlir.ir.attr.SymbolRefAttr) || !(type instanceof org.jmlir.ir.type.FunctionType)) {
            return null;
        }
        return builder.create("func.constant", loc, List.of(), List.of(type), "value", value);
    }

    @Override
    public List<OpDef> operations() {
        return List.of(
            OpDef.builder("func.func").summary("An operation with a name containing a single `SSACFG` region")
                .attr("sym_name", STRING_ATTR).attr("function_type", FUNCTION_TYPE_ATTR)
                .optionalAttr("sym_visibility", STRING_ATTR)
                .optionalAttr("arg_attrs", DICT_ARRAY).optionalAttr("res_attrs", DICT_ARRAY)
                .region("body")
                .traits(Trait.AFFINE_SCOPE, Trait.AUTOMATIC_ALLOCATION_SCOPE, Trait.ISOLATED_FROM_ABOVE, Trait.SYMBOL,
                    FuncVerifiers.DECLARATION_VISIBILITY, FuncVerifiers.FUNCTION_INTERFACE)
                .implement(OpAsmHooks.class, new OpAsmHooks() {
                    @Override public String defaultDialect() { return "func"; }
                })
                .implement(org.jmlir.iface.CallableOpInterface.class, FuncInterfaces.FUNC)
                .customAssembly(new FuncSyntax()).build(),
            OpDef.builder("func.return").summary("Function return operation")
                .variadicOperand("operands", ANY)
                .traits(Trait.PURE, Trait.hasParent("func.func"), new Trait("MemRefsNormalizable"), Trait.RETURN_LIKE,
                    Trait.TERMINATOR)
                .verifier(FuncVerifiers::verifyReturn)
                .assemblyFormat("attr-dict ($operands^ `:` type($operands))?").build(),
            OpDef.builder("func.call").summary("call operation")
                .attr("callee", FLAT_SYMBOL_REF_ATTR).variadicOperand("operands", ANY)
                .optionalAttr("arg_attrs", DICT_ARRAY).optionalAttr("res_attrs", DICT_ARRAY)
                .optionalAttr("no_inline", UNIT_ATTR).variadicResult("results", ANY)
                .traits(new Trait("MemRefsNormalizable"))
                .implement(SymbolUserHook.class, FuncVerifiers::verifyCallSymbolUses)
                .implement(org.jmlir.iface.CallOpInterface.class, FuncInterfaces.CALL)
                .assemblyFormat("$callee `(` $operands `)` attr-dict `:` functional-type($operands, results)").build(),
            OpDef.builder("func.call_indirect").summary("indirect call operation")
                .operand("callee", FUNCTION).variadicOperand("callee_operands", ANY)
                .optionalAttr("arg_attrs", DICT_ARRAY).optionalAttr("res_attrs", DICT_ARRAY)
                .variadicResult("results", ANY).canonicalization(FuncPatterns.INDIRECT_CALL_WITH_KNOWN_CALLEE)
                .implement(org.jmlir.iface.CallOpInterface.class, FuncInterfaces.CALL_INDIRECT)
                .traits(FuncVerifiers.calleeTypesMatch("callee input types match argument types", "callee_operands"),
                    FuncVerifiers.calleeTypesMatch("callee result types match result types", "results"))
                .implement(FormatHints.class, FormatHints.builder().infer(ctx -> {
                    if (ctx.type("callee") instanceof FunctionType ft) {
                        ctx.setTypes("callee_operands", ft.inputs());
                        ctx.setTypes("results", ft.results());
                    }
                }, "callee_operands", "results").build())
                .assemblyFormat("$callee `(` $callee_operands `)` attr-dict `:` type($callee)").build(),
            OpDef.builder("func.constant").summary("constant")
                .attr("value", FLAT_SYMBOL_REF_ATTR).result("result", ANY)
                .traits(Trait.CONSTANT_LIKE, Trait.PURE)
                .folder((op, constants) -> List.of(org.jmlir.ir.OpFoldResult.of(op.attr("value"))))
                .implement(SymbolUserHook.class, FuncVerifiers::verifyConstantSymbolUses)
                .implement(OpAsmHooks.class, new OpAsmHooks() {
                    // Upstream names every function constant "f", whatever it refers to.
                    @Override public void resultNames(Operation op, BiConsumer<Value, String> setName) {
                        setName.accept(op.result(0), "f");
                    }
                })
                .assemblyFormat("attr-dict $value `:` type(results)").build());
    }

    /** The attribute dictionary of argument or result {@code i} from an {@code arg_attrs}/{@code res_attrs} array. */
    static DictionaryAttr dictAt(Attribute array, int i) {
        if (array instanceof org.jmlir.ir.attr.ArrayAttr a && i < a.size() && a.get(i) instanceof DictionaryAttr d) {
            return d;
        }
        return DictionaryAttr.EMPTY;
    }
}

package org.jmlir.dialect.func;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmParser.Argument;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.attr.ArrayAttr;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.TypeAttr;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.CustomAssembly;

/**
 * {@code func.func private @f(%arg0: i32 {dialect.attr}) -> (i32 {dialect.attr}) attributes {...} {body}}, as
 * upstream's function_interface_impl parses and prints it. Declarations (no body) spell only the argument types.
 */
final class FuncSyntax implements CustomAssembly {
    private static final Set<String> INFERRED = Set.of("sym_visibility", "sym_name", "function_type");
    private static final Set<String> ELIDED = Set.of("sym_visibility", "sym_name", "function_type", "arg_attrs",
        "res_attrs");

    @Override
    public void parse(OpAsmParser p, OperationState state) {
        String visibility = p.peek("private") || p.peek("public") || p.peek("nested") ? p.parseKeyword() : null;
        if (visibility != null) state.addAttribute("sym_visibility", new StringAttr(visibility));
        state.addAttribute("sym_name", new StringAttr(p.parseSymbolName()));

        List<Argument> args = new ArrayList<>();
        List<Type> argTypes = new ArrayList<>();
        List<DictionaryAttr> argAttrs = new ArrayList<>();
        parseArguments(p, args, argTypes, argAttrs);
        List<Type> resultTypes = new ArrayList<>();
        List<DictionaryAttr> resultAttrs = new ArrayList<>();
        if (p.parseOptional("->")) parseResults(p, resultTypes, resultAttrs);
        state.addAttribute("function_type", new TypeAttr(new FunctionType(argTypes, resultTypes)));
        addAttrArray(state, "arg_attrs", argAttrs);
        addAttrArray(state, "res_attrs", resultAttrs);

        Location dictAt = p.currentLocation();
        for (NamedAttribute a : p.parseOptionalAttrDictWithKeyword()) {
            if (INFERRED.contains(a.name())) {
                throw p.errorAt(dictAt, "'" + a.name()
                    + "' is an inferred attribute and should not be specified in the explicit attribute dictionary");
            }
            state.addAttribute(a.name(), a.value());
        }

        Region body = state.addRegion();
        Location bodyAt = p.currentLocation();
        boolean named = args.size() == argTypes.size();
        if (p.parseOptionalRegion(body, named ? args : List.of()) && body.isEmpty()) {
            throw p.errorAt(bodyAt, "expected non-empty function body");
        }
    }

    /** {@code (%a: i32 {attrs} loc(..), ...)} or, for declarations, {@code (i32 {attrs}, ...)}. */
    private static void parseArguments(OpAsmParser p, List<Argument> args, List<Type> types,
                                       List<DictionaryAttr> attrs) {
        p.parse("(");
        if (p.parseOptional(")")) return;
        do {
            String next = p.peekSpelling();
            if (next != null && next.startsWith("%")) {
                if (!types.isEmpty() && args.isEmpty()) throw p.error("expected type instead of SSA identifier");
                Argument a = p.parseArgument(true, false);
                DictionaryAttr d = DictionaryAttr.of(p.parseOptionalAttrDict());
                Location loc = p.parseOptionalLocationSpecifier();
                args.add(loc == null ? a : new Argument(a.ssaName(), a.type(), loc));
                types.add(a.type());
                attrs.add(d);
            } else {
                if (!args.isEmpty()) throw p.error("expected SSA identifier");
                types.add(p.parseType());
                attrs.add(DictionaryAttr.of(p.parseOptionalAttrDict()));
                p.parseOptionalLocationSpecifier();
            }
        } while (p.parseOptional(","));
        p.parse(")");
    }

    /** {@code T}, or {@code (T {attrs}, ...)}. */
    private static void parseResults(OpAsmParser p, List<Type> types, List<DictionaryAttr> attrs) {
        if (!p.parseOptional("(")) {
            types.add(p.parseType());
            attrs.add(DictionaryAttr.EMPTY);
            return;
        }
        if (p.parseOptional(")")) return;
        do {
            types.add(p.parseType());
            attrs.add(DictionaryAttr.of(p.parseOptionalAttrDict()));
        } while (p.parseOptional(","));
        p.parse(")");
    }

    /** Stores per-value attributes only when some value has any, as upstream does. */
    private static void addAttrArray(OperationState state, String name, List<DictionaryAttr> dicts) {
        for (DictionaryAttr d : dicts) {
            if (!d.isEmpty()) {
                state.addAttribute(name, new ArrayAttr(new ArrayList<Attribute>(dicts)));
                return;
            }
        }
    }

    @Override
    public void print(Operation op, OpAsmPrinter p) {
        p.print(" ");
        if (op.attr("sym_visibility") instanceof StringAttr v) p.print(v.value() + " ");
        String name = op.attr("sym_name") instanceof StringAttr s ? s.value() : "";
        p.printSymbolName(name);
        FunctionType type = FuncVerifiers.functionType(op);
        if (type == null) type = new FunctionType(List.of(), List.of()); // invalid op: print what is there
        Region body = op.region(0);
        Attribute argAttrs = op.attr("arg_attrs"), resAttrs = op.attr("res_attrs");
        p.print("(");
        for (int i = 0; i < type.inputs().size(); i++) {
            if (i > 0) p.print(", ");
            List<NamedAttribute> attrs = FuncDialect.dictAt(argAttrs, i).entries();
            Block entry = body.entryBlock();
            if (entry != null && i < entry.numArguments()) {
                p.printRegionArgument(entry.argument(i), attrs);
            } else {
                p.printType(type.inputs().get(i));
                p.printOptionalAttrDict(attrs, List.of());
            }
        }
        p.print(")");
        List<Type> results = type.results();
        if (!results.isEmpty()) {
            p.print(" -> ");
            boolean parens = results.size() > 1 || results.get(0) instanceof FunctionType
                || !FuncDialect.dictAt(resAttrs, 0).isEmpty();
            if (parens) p.print("(");
            for (int i = 0; i < results.size(); i++) {
                if (i > 0) p.print(", ");
                p.printType(results.get(i));
                p.printOptionalAttrDict(FuncDialect.dictAt(resAttrs, i).entries(), List.of());
            }
            if (parens) p.print(")");
        }
        p.printOptionalAttrDictWithKeyword(allAttributes(op), ELIDED);
        if (!body.isEmpty()) {
            p.print(" ");
            p.printRegion(body, false, true, false);
        }
    }

    /** Properties and discardable attributes together, as upstream's {@code op->getAttrs()}. */
    private static List<NamedAttribute> allAttributes(Operation op) {
        List<NamedAttribute> all = new ArrayList<>(op.properties().entries());
        all.addAll(op.attributes().entries());
        return DictionaryAttr.of(all).entries();
    }
}

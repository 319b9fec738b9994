package org.jmlir.text.format;

import java.util.List;
import org.jmlir.ods.Arity;
import org.jmlir.text.format.CustomDirective.ArgKind;
import org.jmlir.text.format.Element.AttrDict;
import org.jmlir.text.format.Element.AttrVar;
import org.jmlir.text.format.Element.OperandVar;
import org.jmlir.text.format.Element.OperandsDir;
import org.jmlir.text.format.Element.Ref;
import org.jmlir.text.format.Element.RegionVar;
import org.jmlir.text.format.Element.ResultVar;
import org.jmlir.text.format.Element.ResultsDir;
import org.jmlir.text.format.Element.StringArg;
import org.jmlir.text.format.Element.SuccessorVar;
import org.jmlir.text.format.Element.TypeDir;

/** The shape of custom directive arguments (kind, arity, name), shared by the parse and print sides. */
abstract class DirectiveArgs implements CustomDirective.Args {
    final List<Element> args;

    DirectiveArgs(List<Element> args) { this.args = args; }

    @Override public int size() { return args.size(); }

    /** The argument with any {@code ref(...)} taken off. */
    Element arg(int i) {
        Element e = args.get(i);
        return e instanceof Ref r ? r.arg() : e;
    }

    @Override public boolean isRef(int i) { return args.get(i) instanceof Ref; }

    @Override
    public ArgKind kind(int i) {
        return switch (arg(i)) {
            case OperandVar v -> ArgKind.OPERAND;
            case TypeDir t -> ArgKind.TYPE;
            case AttrVar a -> ArgKind.ATTRIBUTE;
            case RegionVar r -> ArgKind.REGION;
            case SuccessorVar s -> ArgKind.SUCCESSOR;
            case AttrDict d -> ArgKind.ATTR_DICT;
            case StringArg s -> ArgKind.STRING;
            default -> throw new IllegalStateException("unexpected custom directive argument " + arg(i));
        };
    }

    @Override
    public Arity arity(int i) {
        Element e = arg(i);
        if (e instanceof TypeDir t) e = t.arg();
        return switch (e) {
            case OperandVar v -> v.def().arity();
            case ResultVar r -> r.def().arity();
            case OperandsDir o -> Arity.VARIADIC;
            case ResultsDir r -> Arity.VARIADIC;
            case RegionVar r -> r.def().variadic() ? Arity.VARIADIC : Arity.SINGLE;
            case SuccessorVar s -> s.def().variadic() ? Arity.VARIADIC : Arity.SINGLE;
            default -> Arity.SINGLE;
        };
    }

    @Override
    public String name(int i) {
        Element e = arg(i);
        if (e instanceof TypeDir t) e = t.arg();
        return switch (e) {
            case OperandVar v -> v.name();
            case ResultVar r -> r.name();
            case AttrVar a -> a.name();
            case RegionVar r -> r.name();
            case SuccessorVar s -> s.name();
            case StringArg s -> s.value();
            case OperandsDir o -> "operands";
            case ResultsDir r -> "results";
            default -> "attr-dict";
        };
    }

    IllegalArgumentException wrongKind(int i, String wanted) {
        return new IllegalArgumentException("custom directive argument #" + i + " (" + name(i) + ") is "
            + kind(i) + ", not " + wanted);
    }
}

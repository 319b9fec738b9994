package org.jmlir.text.format;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jmlir.ods.AttrDef;
import org.jmlir.ods.OpDef;
import org.jmlir.text.format.Element.AttrDict;
import org.jmlir.text.format.Element.AttrVar;
import org.jmlir.text.format.Element.Custom;
import org.jmlir.text.format.Element.FunctionalType;
import org.jmlir.text.format.Element.Literal;
import org.jmlir.text.format.Element.OIList;
import org.jmlir.text.format.Element.OperandVar;
import org.jmlir.text.format.Element.OperandsDir;
import org.jmlir.text.format.Element.OptionalGroup;
import org.jmlir.text.format.Element.Ref;
import org.jmlir.text.format.Element.RegionVar;
import org.jmlir.text.format.Element.RegionsDir;
import org.jmlir.text.format.Element.ResultVar;
import org.jmlir.text.format.Element.ResultsDir;
import org.jmlir.text.format.Element.StringArg;
import org.jmlir.text.format.Element.SuccessorVar;
import org.jmlir.text.format.Element.SuccessorsDir;
import org.jmlir.text.format.Element.TypeDir;
import org.jmlir.text.format.Element.Whitespace;
import org.jmlir.text.format.FormatLexer.Kind;
import org.jmlir.text.format.FormatLexer.Token;

/**
 * Parses a format string into {@link Element}s against an op definition, checking what MLIR's format generator
 * checks while parsing: known variables, each bound once, directives in valid contexts, well-formed optional groups.
 * Whole-format checks (everything bound, types resolvable) are done by {@link FormatVerifier}.
 */
final class FormatParser {
    enum Ctx { TOP, OPTIONAL, CUSTOM, TYPE, REF }

    private final OpDef def;
    private final FormatLexer lexer;
    private final FormatErrors errors;
    private Token tok;
    final Bindings bound;
    /** The column of each element, for later diagnostics. */
    final Map<Element, Integer> columns = new IdentityHashMap<>();
    /** The anchor marked while parsing the innermost optional group, and whether we are inside one. */
    private Element pendingAnchor;
    private int optionalDepth;

    FormatParser(OpDef def, FormatErrors errors) {
        this.def = def;
        this.errors = errors;
        this.lexer = new FormatLexer(def.assemblyFormat(), errors);
        this.bound = new Bindings(def);
        this.tok = lexer.next();
    }

    List<Element> parse() {
        List<Element> out = new ArrayList<>();
        while (tok.kind() != Kind.EOF) out.add(parseElement(Ctx.TOP));
        return out;
    }

    private Token consume() {
        Token t = tok;
        tok = lexer.next();
        return t;
    }

    private void expect(String punct, String what) {
        if (!tok.is(punct)) throw errors.at(tok.column(), "expected '" + punct + "' " + what + ", found " + tok.describe());
        consume();
    }

    private <E extends Element> E at(E e, int col) {
        columns.put(e, col);
        return e;
    }

    private Element parseElement(Ctx ctx) {
        Token t = tok;
        Element e;
        switch (t.kind()) {
            case LITERAL -> e = parseLiteral(ctx);
            case VARIABLE -> e = parseVariable(ctx);
            case STRING -> {
                if (ctx != Ctx.CUSTOM) throw errors.at(t.column(), "strings may only be used as custom directive arguments");
                consume();
                e = at(new StringArg(t.text()), t.column());
            }
            case IDENTIFIER -> e = parseDirective(ctx);
            case PUNCT -> {
                if (t.is("(") && (ctx == Ctx.TOP || ctx == Ctx.OPTIONAL)) e = parseOptionalGroup();
                else throw errors.at(t.column(), "unexpected " + t.describe() + " in format");
            }
            default -> throw errors.at(t.column(), "unexpected end of format");
        }
        if (tok.is("^")) {
            if (optionalDepth == 0) throw errors.at(tok.column(), "'^' is only valid within optional groups");
            if (ctx != Ctx.OPTIONAL) throw errors.at(tok.column(), "only top-level elements of an optional group can be its anchor");
            if (pendingAnchor != null) {
                throw errors.at(tok.column(), "only one element can be marked as the anchor of an optional group");
            }
            consume();
            pendingAnchor = e;
        }
        return e;
    }

    private Element parseLiteral(Ctx ctx) {
        Token t = consume();
        String v = t.text();
        if (v.isEmpty() || v.equals(" ") || v.equals("\\n")) {
            if (ctx != Ctx.TOP && ctx != Ctx.OPTIONAL) throw errors.at(t.column(), "whitespace is only valid at the top level");
            return at(new Whitespace(v), t.column());
        }
        if (ctx != Ctx.TOP && ctx != Ctx.OPTIONAL) throw errors.at(t.column(), "literals may not be used in this context");
        String problem = literalProblem(v);
        if (problem != null) throw errors.at(t.column(), "expected valid literal but got '" + v + "': " + problem);
        return at(new Literal(v), t.column());
    }

    /** Why {@code v} is not a valid literal (MLIR's rules), or null. */
    static String literalProblem(String v) {
        char c = v.charAt(0);
        if (v.length() == 1) {
            return Character.isLetter(c) || "_:,=<>()[]{}?+*".indexOf(c) >= 0 ? null
                : "single character literal must be a letter or one of '_:,=<>()[]{}?+*'";
        }
        if (v.equals("->") || v.equals("...")) return null;
        if (!(Character.isLetter(c) || c == '_')) return "valid keyword starts with a letter or '_'";
        for (int i = 1; i < v.length(); i++) {
            char d = v.charAt(i);
            if (!(Character.isLetterOrDigit(d) || d == '_' || d == '$' || d == '.')) {
                return "keywords should contain only alphanum, '_', '$', or '.' characters";
            }
        }
        return null;
    }

    private Element parseVariable(Ctx ctx) {
        Token t = consume();
        String name = t.text();
        int col = t.column();
        int oi = def.operandIndex(name);
        int ri = def.resultIndex(name);
        AttrDef attr = def.attribute(name);
        int gi = def.regionIndex(name);
        int si = def.successorIndex(name);
        if (ctx == Ctx.REF) {
            if (!bound.isBoundForRef(name)) {
                throw errors.at(col, "'" + name + "' must be bound before it is referenced");
            }
        }
        if (oi >= 0) {
            OperandVar v = at(new OperandVar(name, oi, def.operands().get(oi)), col);
            if (ctx == Ctx.TYPE) bound.bindOperandType(oi, errors, col, name);
            else if (ctx != Ctx.REF) bound.bindOperand(oi, errors, col, name);
            return v;
        }
        if (ri >= 0) {
            if (ctx != Ctx.TYPE && ctx != Ctx.REF) {
                throw errors.at(col, "result variables can only be used as a child to a 'type' directive");
            }
            if (ctx == Ctx.TYPE) bound.bindResultType(ri, errors, col, name);
            return at(new ResultVar(name, ri, def.results().get(ri)), col);
        }
        if (ctx == Ctx.TYPE) throw errors.at(col, "'type' directive operand expects an operand or result variable, got '$" + name + "'");
        if (attr != null) {
            if (ctx != Ctx.REF) bound.bind("attribute", name, errors, col);
            return at(new AttrVar(name, attr, false), col);
        }
        if (gi >= 0) {
            if (ctx != Ctx.REF) bound.bind("region", name, errors, col);
            return at(new RegionVar(name, gi, def.regions().get(gi)), col);
        }
        if (si >= 0) {
            if (ctx != Ctx.REF) bound.bind("successor", name, errors, col);
            return at(new SuccessorVar(name, si, def.successors().get(si)), col);
        }
        throw errors.at(col, "expected variable to refer to an argument, region, result, or successor, but '$" + name
            + "' is none of those of '" + def.name() + "'");
    }

    private Element parseDirective(Ctx ctx) {
        Token t = consume();
        int col = t.column();
        switch (t.text()) {
            case "attr-dict", "attr-dict-with-keyword" -> {
                if (ctx != Ctx.TOP && ctx != Ctx.CUSTOM && ctx != Ctx.REF) {
                    throw errors.at(col, "'" + t.text() + "' directive can only be used as a top-level directive");
                }
                if (ctx != Ctx.REF) {
                    if (bound.attrDict) throw errors.at(col, "'attr-dict' directive has already been seen");
                    bound.attrDict = true;
                }
                return at(new AttrDict(t.text().equals("attr-dict-with-keyword")), col);
            }
            case "type" -> {
                expect("(", "before argument list");
                Element arg = parseTypeArg(ctx == Ctx.REF ? Ctx.REF : Ctx.TYPE);
                expect(")", "after argument list");
                return at(new TypeDir(arg, false), col);
            }
            case "qualified" -> {
                expect("(", "before argument list");
                Element inner = parseElement(ctx == Ctx.OPTIONAL ? Ctx.TOP : ctx);
                expect(")", "after argument list");
                Element q = switch (inner) {
                    case AttrVar a -> new AttrVar(a.name(), a.def(), true);
                    case TypeDir td -> new TypeDir(td.arg(), true);
                    default -> throw errors.at(col, "'qualified' directive expects an attribute or a `type` directive");
                };
                return at(q, col);
            }
            case "functional-type" -> {
                if (ctx != Ctx.TOP && ctx != Ctx.OPTIONAL) {
                    throw errors.at(col, "'functional-type' is only valid as a top-level directive");
                }
                expect("(", "before argument list");
                Element in = parseTypeArg(Ctx.TYPE);
                expect(",", "after inputs argument");
                Element out = parseTypeArg(Ctx.TYPE);
                expect(")", "after argument list");
                return at(new FunctionalType(in, out), col);
            }
            case "operands" -> {
                if (ctx == Ctx.TYPE) bound.bindAllOperandTypes(errors, col);
                else if (ctx == Ctx.TOP || ctx == Ctx.OPTIONAL) bound.bindAllOperands(errors, col);
                else throw errors.at(col, "'operands' is only valid as a top-level directive or a 'type' argument");
                return at(new OperandsDir(), col);
            }
            case "results" -> {
                if (ctx != Ctx.TYPE) throw errors.at(col, "'results' directive can only be used as a child to a 'type' directive");
                bound.bindAllResultTypes(errors, col);
                return at(new ResultsDir(), col);
            }
            case "regions" -> {
                if (ctx != Ctx.TOP && ctx != Ctx.OPTIONAL) throw errors.at(col, "'regions' is only valid as a top-level directive");
                bound.bindAllRegions(errors, col);
                return at(new RegionsDir(), col);
            }
            case "successors" -> {
                if (ctx != Ctx.TOP && ctx != Ctx.OPTIONAL) throw errors.at(col, "'successors' is only valid as a top-level directive");
                bound.bindAllSuccessors(errors, col);
                return at(new SuccessorsDir(), col);
            }
            case "custom" -> {
                if (ctx != Ctx.TOP && ctx != Ctx.OPTIONAL) throw errors.at(col, "'custom' is only valid as a top-level directive");
                return parseCustom(col);
            }
            case "ref" -> {
                if (ctx != Ctx.CUSTOM) throw errors.at(col, "'ref' is only valid within a `custom` directive");
                expect("(", "before argument list");
                Element arg = parseElement(Ctx.REF);
                expect(")", "after argument list");
                return at(new Ref(arg), col);
            }
            case "oilist" -> {
                if (ctx != Ctx.TOP) throw errors.at(col, "'oilist' is only valid as a top-level directive");
                return parseOIList(col);
            }
            case "prop-dict" -> throw errors.at(col, "'prop-dict' directive is not supported");
            default -> throw errors.at(col, "expected directive, literal, variable, or optional group, found '" + t.text() + "'");
        }
    }

    private Element parseTypeArg(Ctx ctx) {
        if (tok.kind() == Kind.VARIABLE) return parseVariable(ctx);
        if (tok.isIdent("operands") || tok.isIdent("results")) {
            Token t = consume();
            if (ctx == Ctx.TYPE) {
                if (t.text().equals("operands")) bound.bindAllOperandTypes(errors, t.column());
                else bound.bindAllResultTypes(errors, t.column());
            }
            return at(t.text().equals("operands") ? new OperandsDir() : new ResultsDir(), t.column());
        }
        throw errors.at(tok.column(), "expected an operand or result variable, 'operands' or 'results' as 'type' argument");
    }

    private Element parseCustom(int col) {
        expect("<", "before custom directive name");
        if (tok.kind() != Kind.IDENTIFIER) throw errors.at(tok.column(), "expected custom directive name identifier");
        String name = consume().text();
        expect(">", "after custom directive name");
        expect("(", "before custom directive parameters");
        List<Element> args = new ArrayList<>();
        if (!tok.is(")")) {
            while (true) {
                Element a = parseElement(Ctx.CUSTOM);
                switch (a) {
                    case Literal l -> throw errors.at(columns.get(a), "literals may not be custom directive arguments");
                    case Custom c -> throw errors.at(columns.get(a), "custom directives may not be nested");
                    default -> { }
                }
                args.add(a);
                if (!tok.is(",")) break;
                consume();
            }
        }
        expect(")", "after custom directive parameters");
        return at(new Custom(name, List.copyOf(args)), col);
    }

    private Element parseOptionalGroup() {
        int col = consume().column();
        Element outerAnchor = pendingAnchor;
        pendingAnchor = null;
        optionalDepth++;
        List<Element> thenEls = parseGroupBody();
        Element anchor = pendingAnchor;
        pendingAnchor = null;
        List<Element> elseEls = List.of();
        if (tok.is(":")) {
            consume();
            if (!tok.is("(")) throw errors.at(tok.column(), "expected '(' to start else branch of optional group");
            consume();
            elseEls = parseGroupBody();
            if (pendingAnchor != null) {
                if (anchor != null) throw errors.at(col, "only one element can be marked as the anchor of an optional group");
                anchor = pendingAnchor;
            }
        }
        optionalDepth--;
        pendingAnchor = outerAnchor;
        if (!tok.is("?")) throw errors.at(tok.column(), "expected '?' after optional group");
        consume();
        if (thenEls.isEmpty()) throw errors.at(col, "optional group has no elements");
        if (anchor == null) throw errors.at(col, "optional group has no anchor element");
        OptionalGroup g = at(new OptionalGroup(List.copyOf(thenEls), List.copyOf(elseEls), anchor), col);
        FormatVerifier.checkOptionalGroup(g, columns, errors);
        return g;
    }

    private List<Element> parseGroupBody() {
        List<Element> els = new ArrayList<>();
        while (!tok.is(")")) {
            if (tok.kind() == Kind.EOF) throw errors.at(tok.column(), "expected ')' to end optional group");
            els.add(parseElement(Ctx.OPTIONAL));
        }
        consume();
        return els;
    }

    private Element parseOIList(int col) {
        expect("(", "before oilist argument list");
        List<OIList.Clause> clauses = new ArrayList<>();
        while (true) {
            if (tok.kind() != Kind.LITERAL) throw errors.at(tok.column(), "expected literal at the start of an oilist clause");
            Token kw = consume();
            if (literalProblem(kw.text()) != null || !Character.isLetter(kw.text().charAt(0)) && kw.text().charAt(0) != '_') {
                throw errors.at(kw.column(), "oilist clauses must start with a keyword literal");
            }
            Literal lit = at(new Literal(kw.text()), kw.column());
            List<Element> els = new ArrayList<>();
            optionalDepth++;
            while (!tok.is("|") && !tok.is(")")) {
                if (tok.kind() == Kind.EOF) throw errors.at(tok.column(), "expected ')' to end oilist");
                els.add(parseElement(Ctx.TOP));
            }
            optionalDepth--;
            clauses.add(new OIList.Clause(lit, List.copyOf(els)));
            if (tok.is(")")) break;
            consume();
        }
        consume();
        return at(new OIList(List.copyOf(clauses)), col);
    }
}

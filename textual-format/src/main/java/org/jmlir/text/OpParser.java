package org.jmlir.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.ParseException;
import org.jmlir.ir.Block;
import org.jmlir.ir.Context;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationName;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.CustomAssembly;
import org.jmlir.ods.OpAsmHooks;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Trait;
import org.jmlir.text.format.AssemblyFormats;

/**
 * Parses operations, regions, blocks and SSA names in MLIR's generic and custom forms. Types and attributes come
 * from {@link TypeAttrParser}; custom forms are parsed by each op's {@link CustomAssembly} through the
 * {@link OpAsmParser} methods here. Nesting is bounded (see {@link ParserBase#MAX_NESTING}).
 */
public class OpParser extends TypeAttrParser implements OpAsmParser {
    private final SsaScopes scopes;
    private final ArrayDeque<String> defaultDialects = new ArrayDeque<>();
    /** The op whose custom parser is running, to know how its regions scope names. */
    private final ArrayDeque<OperationState> parsingOps = new ArrayDeque<>();
    private final ArrayDeque<Integer> resultCounts = new ArrayDeque<>();

    public OpParser(Context context, Lexer lex, String bufferName) {
        super(context, lex, bufferName);
        this.scopes = new SsaScopes(context);
        defaultDialects.push("builtin");
    }

    // ---- top level

    /**
     * Parses a whole buffer: alias definitions and operations. A single top-level builtin.module is returned as is;
     * otherwise the ops are wrapped in an implicit module. Returns null after reporting an error.
     */
    public Operation parseTopLevel() { return parseTopLevel(true); }

    /** With {@code implicitModule} false, exactly one top-level op is required and returned as the root. */
    public Operation parseTopLevel(boolean implicitModule) {
        Block top = new Block();
        try {
            while (!lex.is(TokenKind.EOF)) {
                switch (lex.kind()) {
                    case HASH_IDENTIFIER, EXCLAMATION_IDENTIFIER -> parseAliasDefinition();
                    case FILE_METADATA_BEGIN -> skipFileMetadata();
                    default -> parseOperation(top);
                }
            }
            SsaScopes.Unresolved u = scopes.pop();
            if (!u.isEmpty()) throw reportUnresolved(u);
            if (hasDeferredLocations()) resolveDeferredLocations(top);
        } catch (ParseException e) {
            scopes.discardPlaceholders();
            return null;
        }
        Operation first = top.firstOp();
        if (!implicitModule) {
            if (first == null || first != top.lastOp()) {
                errorAt(new org.jmlir.ir.attr.FileLineColLoc(bufferName, 0, 0),
                    "source must contain a single top-level operation, found: "
                    + top.numOperations());
                return null;
            }
            first.remove();
            return first;
        }
        if (first != null && first == top.lastOp() && first.name().equals("builtin.module")) {
            first.remove();
            return first;
        }
        OperationState s = new OperationState(context.operationName("builtin.module"),
            context.intern(new org.jmlir.ir.attr.FileLineColLoc(bufferName, 0, 0)));
        Region body = s.addRegion();
        Block b = new Block();
        body.addBlock(b);
        top.moveOpsTo(b);
        Operation module = Operation.create(s);
        return module;
    }

    /** Replaces the placeholders of {@code loc(#alias)} references to aliases defined later in the buffer. */
    private void resolveDeferredLocations(Block top) {
        for (Operation op : top.operations()) {
            org.jmlir.ir.Walker.walk(op, org.jmlir.ir.Walker.Order.PRE, o -> {
                o.setLocation(resolveDeferredLocation(o.location()));
                for (Region r : o.regions()) {
                    for (Block b : r.blocks()) {
                        for (org.jmlir.ir.BlockArgument a : b.arguments()) {
                            a.setLocation(resolveDeferredLocation(a.location()));
                        }
                    }
                }
                return org.jmlir.ir.WalkResult.ADVANCE;
            });
        }
    }

    private void skipFileMetadata() {
        int start = lex.start();
        lex.next();
        while (!lex.is(TokenKind.FILE_METADATA_END)) {
            if (lex.is(TokenKind.EOF)) throw errorAt(start, "expected '#-}' to end file metadata");
            lex.next();
        }
        lex.next();
    }

    private ParseException reportUnresolved(SsaScopes.Unresolved u) {
        List<SsaScopes.ForwardRef> refs = new ArrayList<>(u.values());
        refs.sort(Comparator.comparing(r -> r.location().toString()));
        ParseException last = null;
        for (Map.Entry<Block, Location> b : u.blocks().entrySet()) {
            last = errorAt(b.getValue(), "reference to an undefined block");
        }
        for (SsaScopes.ForwardRef r : refs) last = errorAt(r.location(), "use of undeclared SSA value name");
        return last;
    }

    // ---- operations

    private record ResultBinding(String name, int count, Location location) {
    }

    /** Parses one operation (with its result bindings and trailing location) and appends it to {@code block}. */
    public Operation parseOperation(Block block) {
        int opStart = lex.start();
        List<ResultBinding> bindings = new ArrayList<>(1);
        int numBound = 0;
        if (lex.is(TokenKind.PERCENT_IDENTIFIER)) {
            do {
                if (!lex.is(TokenKind.PERCENT_IDENTIFIER)) throw error("expected valid ssa identifier");
                Location loc = currentLocation();
                String name = lex.spelling();
                lex.next();
                int count = 1;
                if (consumeIf(TokenKind.COLON)) {
                    if (!lex.is(TokenKind.INTEGER)) throw error("expected integer number of results");
                    count = parseSmallInt("expected named operation to have at least 1 result");
                    if (count < 1) throw error("expected named operation to have at least 1 result");
                }
                bindings.add(new ResultBinding(name, count, loc));
                numBound += count;
            } while (consumeIf(TokenKind.COMMA));
            if (!lex.is(TokenKind.EQUAL)) throw error("expected '=' after SSA name");
            lex.next();
            opStart = lex.start();
        }
        Location opLoc = locationOf(opStart);
        Operation op;
        if (lex.is(TokenKind.STRING)) op = parseGenericOperation(block, opLoc);
        else if (lex.is(TokenKind.BARE_IDENTIFIER)) op = parseCustomOperation(block, opLoc, numBound);
        else throw errorAt(lex.start(), "expected operation name in quotes");

        if (!bindings.isEmpty()) {
            if (op.numResults() == 0) throw errorAt(bindings.get(0).location(), "cannot name an operation with no results");
            if (op.numResults() != numBound) {
                throw errorAt(bindings.get(0).location(), "operation defines " + op.numResults()
                    + " results but was provided " + numBound + " to bind");
            }
            int next = 0;
            for (ResultBinding b : bindings) {
                List<Value> vals = new ArrayList<>(op.results().subList(next, next + b.count()));
                next += b.count();
                defineValues(b.name(), vals, b.location());
            }
        }
        return op;
    }

    private int parseSmallInt(String msg) {
        try {
            int v = Integer.parseInt(lex.spelling());
            lex.next();
            return v;
        } catch (NumberFormatException e) {
            throw error(msg);
        }
    }

    private void defineValues(String name, List<Value> vals, Location loc) {
        Object clash = scopes.define(name, vals, loc);
        if (clash == null) return;
        if (clash instanceof SsaScopes.Definition d) {
            ParseException e = errorAt(loc, "redefinition of SSA value '" + name + "'");
            context.diagnostics().emit(new org.jmlir.diag.Diagnostic(org.jmlir.diag.Severity.NOTE, d.location(),
                "previously defined here"));
            throw e;
        }
        SsaScopes.ForwardRef f = (SsaScopes.ForwardRef) clash;
        if (f.index() >= vals.size()) throw errorAt(f.location(), "reference to invalid result number");
        ParseException e = errorAt(loc, "definition of SSA value '" + name + "#" + f.index() + "' has type "
            + quoted(AttrTypePrinter.typeToString(vals.get(f.index()).type())));
        context.diagnostics().emit(new org.jmlir.diag.Diagnostic(org.jmlir.diag.Severity.NOTE, f.location(),
            "previously used here with type " + quoted(AttrTypePrinter.typeToString(f.placeholder().type()))));
        throw e;
    }

    private static String quoted(String s) { return "'" + s + "'"; }

    private void finishOperation(Block block, Operation op, Location loc) {
        Location trailing = parseOptionalLocationSpecifier();
        if (trailing != null) op.setLocation(trailing);
        block.append(op);
    }

    private Operation parseGenericOperation(Block block, Location loc) {
        String name = lex.stringValue();
        if (name.isEmpty()) throw error("empty operation name is invalid");
        int nameEnd = lex.end();
        lex.next();
        OperationName opName = context.operationName(name);
        if (!opName.isRegistered() && !context.allowsUnregisteredDialects()) {
            Dialect d = context.dialect(opName.dialectNamespace());
            if (d == null) {
                throw errorAt(nameEnd, "operation being parsed with an unregistered dialect. If this is intended,"
                    + " please use -allow-unregistered-dialect with the MLIR tool used");
            }
        }
        OperationState state = new OperationState(opName, loc);
        expect(TokenKind.LPAREN, "'(' to start operand list");
        List<UnresolvedOperand> operands = new ArrayList<>();
        if (!lex.is(TokenKind.RPAREN)) {
            do operands.add(parseOperand()); while (consumeIf(TokenKind.COMMA));
        }
        expect(TokenKind.RPAREN, "')' to end operand list");
        if (consumeIf(TokenKind.LSQUARE)) {
            if (!lex.is(TokenKind.RSQUARE)) {
                do state.addSuccessor(parseSuccessor()); while (consumeIf(TokenKind.COMMA));
            }
            if (!consumeIf(TokenKind.RSQUARE)) throw errorWrongToken("expected ',' or ']'");
        }
        boolean hadProperties = false;
        if (lex.is(TokenKind.LESS)) {
            lex.next();
            int at = lex.start();
            Attribute props = parseAttribute();
            if (!(props instanceof DictionaryAttr d)) throw errorAt(at, "expected a dictionary of properties");
            for (NamedAttribute e : d.entries()) state.addProperty(e.name(), e.value());
            expect(TokenKind.GREATER, "'>' to close properties");
            hadProperties = true;
            state.explicitProperties = !opName.isRegistered();
        }
        if (lex.is(TokenKind.LPAREN)) {
            lex.next();
            parsingOps.push(state);
            try {
                do {
                    Region r = state.addRegion();
                    parseRegion(r, null);
                } while (consumeIf(TokenKind.COMMA));
            } finally {
                parsingOps.pop();
            }
            expect(TokenKind.RPAREN, "')' to end region list");
        }
        for (NamedAttribute a : parseOptionalAttrDict()) {
            if (!hadProperties && opName.isRegistered() && opName.definition().isInherentAttribute(a.name())) {
                state.addProperty(a.name(), a.value());
            } else {
                state.attributes.put(a.name(), a.value());
            }
        }
        if (!lex.is(TokenKind.COLON)) throw error("expected ':' followed by operation type");
        lex.next();
        int typeAt = lex.start();
        Type t = parseType();
        if (!(t instanceof FunctionType ft)) throw errorAt(typeAt, "expected function type");
        if (ft.inputs().size() != operands.size()) {
            throw errorAt(typeAt, "expected " + operands.size() + " operand type" + (operands.size() == 1 ? "" : "s")
                + " but had " + ft.inputs().size());
        }
        state.addOperands(resolveOperands(operands, ft.inputs()));
        state.addTypes(ft.results());
        if (opName.isRegistered()) opName.definition().populateDefaults(state.properties);
        Operation op = Operation.create(state);
        finishOperation(block, op, loc);
        return op;
    }

    private Operation parseCustomOperation(Block block, Location loc, int numBound) {
        String spelled = lex.spelling();
        int nameAt = lex.start();
        OperationName opName = context.registeredOperationName(spelled);
        String dflt = defaultDialects.peek();
        if (opName == null && spelled.indexOf('.') < 0 && !dflt.isEmpty()) {
            opName = context.registeredOperationName(dflt + "." + spelled);
        }
        if (opName == null) {
            int dot = spelled.indexOf('.');
            String ns = dot < 0 ? "" : spelled.substring(0, dot);
            if (dot < 0 || context.dialect(ns) != null) {
                String tried = dflt.isEmpty() || dot >= 0 ? "" : " (tried '" + dflt + "." + spelled + "' as well)";
                throw errorAt(nameAt, "custom op '" + spelled + "' is unknown" + tried);
            }
            ParseException e = errorAt(nameAt, "Dialect `" + ns + "' not found for custom op '" + spelled + "' ");
            StringBuilder names = new StringBuilder();
            for (Dialect d : context.loadedDialects()) names.append(names.isEmpty() ? "" : ", ").append(d.namespace());
            context.diagnostics().emit(new org.jmlir.diag.Diagnostic(org.jmlir.diag.Severity.NOTE,
                locationOf(nameAt), "Available dialects: " + names + " ; for more info on dialect registration see "
                + "https://mlir.llvm.org/getting_started/Faq/#registered-loaded-dependent-whats-up-with-dialects-management"));
            throw e;
        }
        OpDef def = opName.definition();
        CustomAssembly custom = customAssemblyOf(def);
        if (custom == null) throw errorAt(nameAt, "custom op '" + spelled + "' has no custom assembly form");
        lex.next();
        OperationState state = new OperationState(opName, loc);
        parsingOps.push(state);
        resultCounts.push(numBound);
        String savedPrefix = setErrorPrefix("custom op '" + spelled + "' ");
        try {
            custom.parse(this, state);
        } finally {
            parsingOps.pop();
            resultCounts.pop();
            setErrorPrefix(savedPrefix);
        }
        def.populateDefaults(state.properties);
        ensureImplicitTerminators(def, state, loc);
        Operation op = Operation.create(state);
        finishOperation(block, op, loc);
        return op;
    }

    static CustomAssembly customAssemblyOf(OpDef def) {
        if (def.customAssembly() != null) return def.customAssembly();
        if (def.assemblyFormat() != null) return def.derived(AssemblyFormats.class, AssemblyFormats::compile);
        return null;
    }

    /**
     * Appends the implicit terminator to single-block regions whose block does not end with a terminator, as MLIR's
     * ensureTerminator does (an empty region stays empty; a block ending in another terminator is left alone).
     */
    private void ensureImplicitTerminators(OpDef def, OperationState state, Location loc) {
        String term = def.implicitTerminator();
        if (term == null) return;
        for (Region r : state.regions) {
            if (r.blocks().size() != 1) continue;
            Block b = r.entryBlock();
            Operation last = b.lastOp();
            if (last != null && last.hasTrait(Trait.TERMINATOR)) continue;
            OperationState ts = new OperationState(context.operationName(term), loc);
            if (ts.name.isRegistered()) {
                OpDef tdef = ts.name.definition();
                tdef.populateDefaults(ts.properties);
                for (int i = 0; i < tdef.regions().size(); i++) ts.addRegion();
            }
            b.append(Operation.create(ts));
        }
    }

    // ---- regions and blocks

    @Override
    public void parseRegion(Region region, List<Argument> arguments) {
        if (!lex.is(TokenKind.LBRACE)) throw error("expected '{' to begin a region");
        enterNesting();
        lex.next();
        OperationState owner = parsingOps.peek();
        OpAsmHooks hooks = owner != null && owner.name.isRegistered()
            ? owner.name.definition().getInterface(OpAsmHooks.class) : null;
        defaultDialects.push(hooks != null && hooks.defaultDialect() != null ? hooks.defaultDialect() : "");
        // Like mlir-opt, names stay visible inside isolated-from-above ops: a use of an outer value parses, and the
        // verifier then reports it ("using value defined outside the region").
        scopes.push(false);
        String savedPrefix = setErrorPrefix("");
        try {
            parseRegionBody(region, arguments);
            SsaScopes.Unresolved u = scopes.pop();
            if (!u.isEmpty()) throw reportUnresolved(u);
        } finally {
            defaultDialects.pop();
            setErrorPrefix(savedPrefix);
        }
        exitNesting();
    }

    private void parseRegionBody(Region region, List<Argument> arguments) {
        if (lex.is(TokenKind.RBRACE)) {
            lex.next();
            if (arguments != null && !arguments.isEmpty()) {
                Block entry = new Block();
                region.addBlock(entry);
                defineArguments(entry, arguments);
            }
            return;
        }
        Block entry = new Block();
        region.addBlock(entry);
        if (arguments != null) {
            if (lex.is(TokenKind.CARET_IDENTIFIER) && !arguments.isEmpty()) {
                throw error("invalid block name in region with named arguments");
            }
            defineArguments(entry, arguments);
        }
        Block current = entry;
        if (lex.is(TokenKind.CARET_IDENTIFIER) && (arguments == null || arguments.isEmpty())) {
            region.removeBlock(entry);
            current = null;
        }
        while (true) {
            if (lex.is(TokenKind.CARET_IDENTIFIER)) {
                current = parseBlockHeader(region);
            }
            if (current == null) throw error("expected block name");
            while (!lex.is(TokenKind.CARET_IDENTIFIER) && !lex.is(TokenKind.RBRACE)) {
                if (lex.is(TokenKind.EOF)) throw error("expected '}' to end region");
                parseOperation(current);
            }
            if (lex.is(TokenKind.RBRACE)) {
                lex.next();
                return;
            }
        }
    }

    private void defineArguments(Block entry, List<Argument> arguments) {
        for (Argument a : arguments) {
            Value v = entry.addArgument(a.type(), a.location() != null ? a.location() : a.ssaName().location());
            String n = a.ssaName().name();
            if (n == null || n.isEmpty()) continue;
            SsaScopes.Definition prior = scopes.lookup(n);
            if (prior != null && !scopes.isPlaceholder(firstNonNull(prior.values()))) {
                ParseException e = errorAt(a.ssaName().location(), "region entry argument '" + n + "' is already in use");
                context.diagnostics().emit(new org.jmlir.diag.Diagnostic(org.jmlir.diag.Severity.NOTE,
                    prior.location(), "previously referenced here"));
                throw e;
            }
            defineValues(n, List.of(v), a.ssaName().location());
        }
    }

    private Block parseBlockHeader(Region region) {
        Location loc = currentLocation();
        String name = lex.spelling();
        lex.next();
        Block b = scopes.blockReference(name, loc);
        Location prev = scopes.defineBlock(name, b, loc);
        if (prev != null) {
            ParseException e = errorAt(loc, "redefinition of block '" + name + "'");
            throw e;
        }
        if (b.parent() != null) b.parent().removeBlock(b);
        region.addBlock(b);
        if (consumeIf(TokenKind.LPAREN)) {
            if (!lex.is(TokenKind.RPAREN)) {
                do {
                    if (!lex.is(TokenKind.PERCENT_IDENTIFIER)) throw errorWrongToken("expected SSA operand");
                    UnresolvedOperand argName = parseOptionalOperand();
                    if (!consumeIf(TokenKind.COLON)) throw errorWrongToken("expected ':' and type for SSA operand");
                    Argument a = new Argument(argName, parseType(), parseOptionalLocationSpecifier());
                    Value v = b.addArgument(a.type(), a.location() != null ? a.location() : a.ssaName().location());
                    defineValues(a.ssaName().name(), List.of(v), a.ssaName().location());
                } while (consumeIf(TokenKind.COMMA));
            }
            expect(TokenKind.RPAREN, "')' to end argument list");
        }
        if (!consumeIf(TokenKind.COLON)) throw errorWrongToken("expected ':' after block name");
        return b;
    }

    @Override
    public boolean parseOptionalRegion(Region region, List<Argument> arguments) {
        if (!lex.is(TokenKind.LBRACE)) return false;
        parseRegion(region, arguments);
        return true;
    }

    @Override
    public Block parseSuccessor() {
        if (!lex.is(TokenKind.CARET_IDENTIFIER)) throw error("expected block name");
        Block b = scopes.blockReference(lex.spelling(), currentLocation());
        lex.next();
        return b;
    }

    @Override
    public Block parseOptionalSuccessor() {
        return lex.is(TokenKind.CARET_IDENTIFIER) ? parseSuccessor() : null;
    }

    @Override
    public Block parseSuccessorAndUseList(List<Value> operands) {
        Block b = parseSuccessor();
        if (consumeIf(TokenKind.LPAREN)) {
            List<UnresolvedOperand> ops = new ArrayList<>();
            do ops.add(parseOperand()); while (consumeIf(TokenKind.COMMA));
            expect(TokenKind.COLON, "':'");
            List<Type> types = parseTypeList();
            if (types.size() != ops.size()) {
                throw error("expected " + ops.size() + " types to match operand list");
            }
            expect(TokenKind.RPAREN, "')'");
            operands.addAll(resolveOperands(ops, types));
        }
        return b;
    }

    // ---- operands and arguments

    @Override
    public UnresolvedOperand parseOperand() {
        if (!lex.is(TokenKind.PERCENT_IDENTIFIER)) throw error("expected SSA operand");
        UnresolvedOperand o = parseOptionalOperand();
        return o;
    }

    @Override
    public UnresolvedOperand parseOptionalOperand() {
        if (!lex.is(TokenKind.PERCENT_IDENTIFIER)) return null;
        Location loc = currentLocation();
        String name = lex.spelling();
        lex.next();
        int number = 0;
        if (lex.is(TokenKind.HASH_IDENTIFIER)) {
            String s = lex.spelling().substring(1);
            try {
                number = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw error("invalid SSA value result number");
            }
            lex.next();
        }
        return new UnresolvedOperand(name, number, loc);
    }

    @Override
    public List<UnresolvedOperand> parseOperandList(Delimiter delimiter) {
        return parseDelimitedSsaList(delimiter, this::parseOperand);
    }

    /**
     * A comma-separated list of {@code %}-items in the given delimiters (empty when an optional delimiter is
     * absent, or, without delimiters, when no {@code %} item starts here).
     */
    private <T> List<T> parseDelimitedSsaList(Delimiter delimiter, java.util.function.Supplier<T> item) {
        List<T> out = new ArrayList<>();
        TokenKind open = switch (delimiter) {
            case PAREN, OPTIONAL_PAREN -> TokenKind.LPAREN;
            case SQUARE, OPTIONAL_SQUARE -> TokenKind.LSQUARE;
            case BRACES -> TokenKind.LBRACE;
            case LESS_GREATER -> TokenKind.LESS;
            case NONE -> null;
        };
        TokenKind close = switch (delimiter) {
            case PAREN, OPTIONAL_PAREN -> TokenKind.RPAREN;
            case SQUARE, OPTIONAL_SQUARE -> TokenKind.RSQUARE;
            case BRACES -> TokenKind.RBRACE;
            case LESS_GREATER -> TokenKind.GREATER;
            case NONE -> null;
        };
        if (open != null) {
            if (!lex.is(open)) {
                if (delimiter == Delimiter.OPTIONAL_PAREN || delimiter == Delimiter.OPTIONAL_SQUARE) return out;
                throw error("expected '" + spell(open) + "'");
            }
            lex.next();
            if (consumeIf(close)) return out;
        } else if (!lex.is(TokenKind.PERCENT_IDENTIFIER)) {
            return out;
        }
        do out.add(item.get()); while (consumeIf(TokenKind.COMMA));
        if (close != null) expect(close, "'" + spell(close) + "'");
        return out;
    }

    @Override
    public Value resolveOperand(UnresolvedOperand operand, Type type) {
        SsaScopes.Definition d = scopes.lookup(operand.name());
        if (d != null && operand.number() < d.values().size() && d.values().get(operand.number()) != null) {
            Value v = d.values().get(operand.number());
            if (!v.type().equals(type)) {
                String ref = operand.number() == 0 && d.values().size() == 1 ? operand.name()
                    : operand.name() + "#" + operand.number();
                ParseException e = errorAt(operand.location(), "use of value '" + ref
                    + "' expects different type than prior uses: '" + AttrTypePrinter.typeToString(type) + "' vs '"
                    + AttrTypePrinter.typeToString(v.type()) + "'");
                context.diagnostics().emit(new org.jmlir.diag.Diagnostic(org.jmlir.diag.Severity.NOTE,
                    d.location(), "prior use here"));
                throw e;
            }
            return v;
        }
        if (d != null && !d.values().isEmpty() && !scopes.isPlaceholder(d.values().get(0) == null
            ? firstNonNull(d.values()) : d.values().get(0))) {
            throw errorAt(operand.location(), "reference to invalid result number");
        }
        return scopes.forwardReference(operand.name(), operand.number(), type, operand.location());
    }

    private static Value firstNonNull(List<Value> vs) {
        for (Value v : vs) if (v != null) return v;
        return null;
    }

    @Override
    public List<Value> resolveOperands(List<UnresolvedOperand> operands, List<Type> types) {
        if (operands.size() != types.size()) {
            throw error(operands.size() + " operands present, but expected " + types.size());
        }
        List<Value> out = new ArrayList<>(operands.size());
        for (int i = 0; i < operands.size(); i++) out.add(resolveOperand(operands.get(i), types.get(i)));
        return out;
    }

    @Override
    public Argument parseArgument(boolean allowType, boolean allowAttrs) {
        if (!lex.is(TokenKind.PERCENT_IDENTIFIER)) throw error("expected SSA identifier");
        UnresolvedOperand name = parseOptionalOperand();
        Type type = null;
        if (allowType) {
            expect(TokenKind.COLON, "':'");
            type = parseType();
        }
        if (allowAttrs) parseOptionalAttrDict();
        Location loc = parseOptionalLocationSpecifier();
        return new Argument(name, type, loc);
    }

    @Override
    public Argument parseOptionalArgument(boolean allowType) {
        return lex.is(TokenKind.PERCENT_IDENTIFIER) ? parseArgument(allowType, false) : null;
    }

    @Override
    public List<Argument> parseArgumentList(Delimiter delimiter, boolean allowType) {
        return parseDelimitedSsaList(delimiter, () -> parseArgument(allowType, false));
    }

    @Override
    public int numResults() {
        Integer n = resultCounts.peek();
        return n == null ? 0 : n;
    }
}

package org.jmlir.ir;

import java.util.List;
import org.jmlir.asm.AsmParser;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.OpDef;
import org.jmlir.rewrite.RewritePattern;

/**
 * A namespace of ops, types and attributes. Subclasses list their op definitions and, if they have types or
 * attributes, parse them (the types and attributes print themselves). Found through {@link java.util.ServiceLoader}
 * so that a dialect is available wherever its jar is on the class or plugin path.
 */
public abstract class Dialect {
    /** The prefix of the dialect's names, e.g. {@code arith}. */
    public abstract String namespace();

    /** The ops this dialect defines. Called once when the dialect is loaded into a context. */
    public abstract List<OpDef> operations();

    /**
     * Parses a type after {@code !namespace.} has been consumed; the parser is at the mnemonic. The default rejects
     * every type.
     */
    public Type parseType(AsmParser parser) {
        throw parser.error("dialect '" + namespace() + "' provides no type parsing hook");
    }

    /** Parses an attribute after {@code #namespace.}; {@code type} is the expected type or null. */
    public Attribute parseAttribute(AsmParser parser, Type type) {
        throw parser.error("dialect '" + namespace() + "' provides no attribute parsing hook");
    }

    /**
     * Whether ops named in this namespace but not defined by it are valid, as MLIR's
     * {@code allowsUnknownOperations}. The verifier rejects them otherwise, even where unregistered dialects are
     * allowed.
     */
    public boolean allowsUnknownOperations() { return false; }

    /**
     * Checks a discardable attribute whose name has this dialect's prefix ({@code ns.name}) on {@code op}; reports
     * a diagnostic and returns false when it is not valid there. The default accepts everything.
     */
    public boolean verifyOperationAttribute(Operation op, NamedAttribute attribute) { return true; }

    /**
     * Creates a constant op of this dialect holding {@code value} of type {@code type} at the builder's insertion
     * point, for folding (MLIR's materializeConstant); returns null when the dialect cannot.
     */
    public Operation materializeConstant(Builder builder, Attribute value, Type type, Location loc) { return null; }

    /** Canonicalization patterns that belong to the dialect rather than one op (MLIR's dialect canonicalizer). */
    public List<RewritePattern> canonicalizationPatterns() { return List.of(); }

    /** How the inliner may move this dialect's ops (null: it may not; calls to callables holding them stay). */
    public org.jmlir.iface.DialectInlinerInterface inlinerInterface() { return null; }

    /** Called after loading, to let a dialect register what depends on the context. */
    public void initialize(Context context) {
    }
}

package org.jmlir.rewrite;

import java.util.List;
import java.util.Objects;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;

/**
 * A pattern used by dialect conversion (MLIR's ConversionPattern): it receives the op's operands as converted so
 * far (values that replaced them, brought to the type converter's types), and must make its changes through the
 * {@link ConversionPatternRewriter}. Outside a conversion it runs with the op's own operands.
 */
public abstract class ConversionPattern extends RewritePattern {
    private final TypeConverter typeConverter;

    protected ConversionPattern(String rootName, int benefit, TypeConverter typeConverter) {
        super(rootName, benefit);
        this.typeConverter = typeConverter;
    }

    /** The converter giving the operand types this pattern expects, or null to take replaced values as they are. */
    public final TypeConverter typeConverter() { return typeConverter; }

    /** Rewrites {@code op} given its converted {@code operands}; returns whether it did. */
    public abstract boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rewriter);

    @Override public final boolean matchAndRewrite(Operation op, PatternRewriter rewriter) {
        if (rewriter instanceof ConversionPatternRewriter c) {
            List<Value> operands = c.remapOperands(op, typeConverter);
            if (operands == null) return c.notifyMatchFailure(op.location(), "operand types could not be converted");
            return matchAndRewrite(op, operands, c);
        }
        throw new IllegalStateException("conversion pattern " + debugName() + " used outside a dialect conversion");
    }

    /** The body of a conversion pattern given as a lambda. */
    @FunctionalInterface
    public interface Body {
        boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rewriter);
    }

    /** A conversion pattern for ops named {@code rootName} (MLIR's OpConversionPattern) from a lambda. */
    public static ConversionPattern of(String debugName, String rootName, int benefit, TypeConverter converter,
                                       Body body) {
        Objects.requireNonNull(rootName, "rootName");
        Objects.requireNonNull(body);
        return new ConversionPattern(rootName, benefit, converter) {
            @Override public String debugName() { return debugName; }

            @Override public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter r) {
                return body.matchAndRewrite(op, operands, r);
            }
        };
    }

    public static ConversionPattern of(String debugName, String rootName, TypeConverter converter, Body body) {
        return of(debugName, rootName, 1, converter, body);
    }
}

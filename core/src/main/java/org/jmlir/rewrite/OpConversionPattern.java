package org.jmlir.rewrite;

import java.util.Objects;

/** A conversion pattern rooted at one op name (MLIR's OpConversionPattern); subclass it for named patterns. */
public abstract class OpConversionPattern extends ConversionPattern {
    protected OpConversionPattern(String rootName, int benefit, TypeConverter typeConverter) {
        super(Objects.requireNonNull(rootName, "rootName"), benefit, typeConverter);
    }

    protected OpConversionPattern(String rootName, TypeConverter typeConverter) { this(rootName, 1, typeConverter); }
}

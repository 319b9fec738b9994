package org.jmlir.ods;

import java.util.function.BiConsumer;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;

/**
 * Optional printing/parsing hints of an op (MLIR's OpAsmOpInterface). Register with
 * {@code OpDef.Builder.implement(OpAsmHooks.class, ...)}.
 */
public interface OpAsmHooks {
    /** Suggests SSA names for results: {@code %c0_i32}, {@code %cst}. Call {@code setName(value, "name")}. */
    default void resultNames(Operation op, BiConsumer<Value, String> setName) {}

    /** Suggests names for the arguments of blocks in the op's regions. */
    default void blockArgumentNames(Operation op, Region region, BiConsumer<Value, String> setName) {}

    /** The dialect whose ops may be written without prefix inside this op's regions ({@code func} for func.func). */
    default String defaultDialect() { return null; }

    /** Suggests a block name prefix other than {@code bb}. */
    default String blockName(Block b) { return null; }
}

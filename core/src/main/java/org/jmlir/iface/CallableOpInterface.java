package org.jmlir.iface;

import java.util.List;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.type.Type;

/** Something a call may target (MLIR's CallableOpInterface): func.func. */
public interface CallableOpInterface {
    /** The body, or null for an external declaration. */
    Region callableRegion(Operation callable);

    List<Type> argumentTypes(Operation callable);

    List<Type> resultTypes(Operation callable);
}

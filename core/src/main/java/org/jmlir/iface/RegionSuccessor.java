package org.jmlir.iface;

import java.util.List;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;

/**
 * Where control may go next from a region branch point: into {@code region} (whose entry block arguments
 * {@code inputs} receive the forwarded values), or, when {@code region} is null, back to the parent op, whose
 * results {@code inputs} receive them.
 */
public record RegionSuccessor(Region region, List<? extends Value> inputs) {
    public boolean isParent() { return region == null; }
}

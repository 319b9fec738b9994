package org.jmlir.plugins;

import java.util.List;
import org.jmlir.pass.PassInfo;
import org.pf4j.ExtensionPoint;

/**
 * Contributes passes. Each {@link PassInfo}'s argument is the pass's pipeline name (and {@code jopt --NAME} flag);
 * a name already taken by a built-in pass or another plugin is reported and the earlier pass kept.
 */
public interface PassProvider extends ExtensionPoint {
    List<PassInfo> passes();
}

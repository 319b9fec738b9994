package org.jmlir.pass;

import java.util.List;

/**
 * A source of passes found with {@link java.util.ServiceLoader} (built-in modules list theirs in
 * {@code META-INF/services/org.jmlir.pass.PassRegistration}); plugins feed the same registry.
 */
public interface PassRegistration {
    List<PassInfo> passes();
}

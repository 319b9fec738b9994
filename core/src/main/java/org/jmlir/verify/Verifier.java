package org.jmlir.verify;

import org.jmlir.ir.Operation;

/**
 * Checks that IR is well formed, as MLIR's {@code mlir::verify}: every op against its definition (or, unregistered,
 * against its dialect's tolerance), block structure and terminators, dominance of every use in SSACFG regions,
 * isolation and symbol tables through their traits. Stops at the first failure inside each isolated-from-above op (other isolated ops are still verified), and reports through the
 * context's diagnostic engine (flushed before returning). Never recurses on the Java stack along the nesting of the
 * IR, so arbitrarily deep IR is fine.
 */
public final class Verifier {
    private Verifier() {}

    /** Verifies {@code root} and everything nested in it; true if valid. */
    public static boolean verify(Operation root) { return verify(root, true); }

    /**
     * Verifies {@code root}; with {@code verifyRecursively} false, nested ops are not verified themselves (the
     * dominance of their uses still is), as MLIR's flag of the same name.
     */
    public static boolean verify(Operation root, boolean verifyRecursively) {
        try {
            return new OperationVerifier(verifyRecursively).verify(root);
        } finally {
            root.context().diagnostics().flush();
        }
    }
}

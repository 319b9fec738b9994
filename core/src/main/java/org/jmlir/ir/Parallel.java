package org.jmlir.ir;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The thread pool that IR work shares (MLIR's context thread pool): one worker per available processor. Not the
 * common pool: its parallelism is one less than the processors (one, on a two-core machine), on the assumption
 * that the submitting thread helps, which a thread waiting on a submitted task does not.
 */
public final class Parallel {
    private Parallel() {}

    private static final class Holder {
        static final ForkJoinPool POOL = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
            pool -> {
                ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setName("jmlir-worker-" + t.getPoolIndex());
                t.setDaemon(true);
                return t;
            }, null, false);
    }

    public static ForkJoinPool pool() { return Holder.POOL; }

    /**
     * Runs {@code body} for 0..n-1 on the pool (on the calling thread when {@code parallel} is false or n < 2) and
     * returns when all are done; the first exception thrown by a body is rethrown.
     */
    public static void forEach(boolean parallel, int n, IntConsumer body) {
        if (!parallel || n < 2) {
            for (int i = 0; i < n; i++) body.accept(i);
            return;
        }
        if (inPool()) {
            IntStream.range(0, n).parallel().forEach(body);
            return;
        }
        pool().submit(() -> IntStream.range(0, n).parallel().forEach(body)).join();
    }

    private static boolean inPool() {
        return Thread.currentThread() instanceof ForkJoinWorkerThread w && w.getPool() == pool();
    }
}

package io.github.medsecforms.bridge.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the heavy part of a request (reading, validating, writing workbooks) on a small pool, one job per core.
 * Requests beyond that wait their turn (their bodies are already read, so waiting costs no more memory than refusing)
 * up to a bounded number admitted at once; a request that is not admitted, or whose job does not finish before its
 * deadline, is answered 503.
 */
final class Work implements AutoCloseable {
    private final ThreadPoolExecutor pool;
    private final java.util.concurrent.Semaphore admitted;

    Work() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        this.admitted = new java.util.concurrent.Semaphore(threads * 32);
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads * 32),
                r -> {
                    Thread t = new Thread(r, "medsec-bridge-work-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    <T> T run(Deadline deadline, Callable<T> job) {
        try {
            if (!admitted.tryAcquire(Math.max(1, deadline.remainingNanos()), TimeUnit.NANOSECONDS)) {
                throw Problem.of(503, "MSF-HTTP-0503", deadline.limitSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problem.of(503, "MSF-HTTP-0503", deadline.limitSeconds());
        }
        try {
            return runAdmitted(deadline, job);
        } finally {
            admitted.release();
        }
    }

    private <T> T runAdmitted(Deadline deadline, Callable<T> job) {
        Future<T> future;
        try {
            future = pool.submit(job);
        } catch (RejectedExecutionException e) {
            throw Problem.of(503, "MSF-HTTP-0503", deadline.limitSeconds());
        }
        try {
            return future.get(Math.max(1, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw Problem.of(503, "MSF-HTTP-0503", deadline.limitSeconds());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw Problem.of(503, "MSF-HTTP-0503", deadline.limitSeconds());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

package io.github.medsecforms.cli.internal;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the work of a batch command over many files on a bounded thread pool and hands the results on in input
 * order. At most {@code 2 × threads} files are in flight, so memory holds only the files being read and the results
 * not yet handed on: the work function must keep only what the command needs (a rendered report, a row of values),
 * never the form.
 */
final class Batch {
    private Batch() {
    }

    /** The default number of worker threads: the processors available, at most 8. */
    static int defaultThreads() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Applies {@code work} to every file on {@code threads} workers and passes each result to {@code sink}, in the
     * order of {@code files}, on the calling thread.
     *
     * @throws IllegalStateException if {@code work} throws (it should turn every failure into a result)
     */
    static <R> void run(List<Path> files, int threads, Function<Path, R> work, Consumer<R> sink, Progress progress) {
        int workers = Math.max(1, Math.min(threads, files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "medsec-forms-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            int window = workers * 2;
            for (Path file : files) {
                inFlight.add(pool.submit(() -> work.apply(file)));
                if (inFlight.size() >= window) {
                    handOn(inFlight.poll(), sink, progress);
                }
            }
            while (!inFlight.isEmpty()) {
                handOn(inFlight.poll(), sink, progress);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> void handOn(Future<R> future, Consumer<R> sink, Progress progress) {
        R result;
        try {
            result = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        progress.step();
        sink.accept(result);
    }
}

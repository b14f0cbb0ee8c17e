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
 * order. At most {@value #WINDOW_PER_WORKER} × threads files are in flight, but only {@code threads} of them are being
 * read at a time (the others wait as paths or are results not yet handed on), so memory holds only the files being
 * read and the results not yet handed on: the work function must keep only what the command needs (a rendered
 * report, a row of values), never the form.
 *
 * <p>The window is wide so that the workers never wait for the calling thread, which hands results on in order and
 * submits the next files: on a busy machine it may not be scheduled for a while, and with a narrow window (it was
 * 2 per worker) the workers then ran out of work after a file or two.</p>
 */
final class Batch {
    /** Files in flight per worker: submitted and not yet handed on. */
    static final int WINDOW_PER_WORKER = 16;

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
            int window = workers * WINDOW_PER_WORKER;
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

package io.github.medsecforms.bridge.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * When the bridge last served a request, for {@code stopWhenIdle} (docs/decisions.md D-64): every request
 * Javalin sees counts, health checks included, from its start to its answer. A request in progress keeps the bridge
 * busy however long it takes; the idle time runs from the end of the last one.
 */
public final class Activity {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final LongSupplier clock;
    private volatile long lastNanos;

    public Activity() {
        this(System::nanoTime);
    }

    Activity(LongSupplier clock) {
        this.clock = clock;
        this.lastNanos = clock.getAsLong();
    }

    /** A request arrived. */
    void begin() {
        inFlight.incrementAndGet();
        lastNanos = clock.getAsLong();
    }

    /** A request was answered (called once per {@link #begin()}, also after an error). */
    void end() {
        lastNanos = clock.getAsLong();
        inFlight.updateAndGet(n -> Math.max(0, n - 1));
    }

    /** Counts the idle time from now (when the bridge starts listening). */
    public void touch() {
        lastNanos = clock.getAsLong();
    }

    /** Nanoseconds since the last request ended, 0 while one is in progress. */
    public long idleNanos() {
        if (inFlight.get() > 0) {
            return 0;
        }
        return Math.max(0, clock.getAsLong() - lastNanos);
    }
}

package io.github.medsecforms.bridge.internal;

import java.time.Duration;

/** The moment a request's time is up (receiving and processing). */
record Deadline(long nanos, Duration limit) {
    static Deadline after(Duration limit) {
        return new Deadline(System.nanoTime() + limit.toNanos(), limit);
    }

    long remainingNanos() {
        return nanos - System.nanoTime();
    }

    boolean expired() {
        return remainingNanos() <= 0;
    }

    long limitSeconds() {
        return Math.max(1, limit.toSeconds());
    }
}

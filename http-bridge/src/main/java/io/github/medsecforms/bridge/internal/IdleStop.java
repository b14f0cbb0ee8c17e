package io.github.medsecforms.bridge.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stops a bridge once it has been idle for a given time ({@code BridgeConfig.stopWhenIdle}): a daemon thread looks at
 * the {@link Activity} a few times per idle period (at least every second) and runs {@code stop} once, on its own
 * thread, when no request has been in progress or answered for that long.
 */
public final class IdleStop implements AutoCloseable {
    private final ScheduledExecutorService timer;

    private IdleStop(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts watching; {@code stop} runs at most once. */
    public static IdleStop start(Activity activity, Duration idle, Runnable stop) {
        long idleNanos = idle.toNanos();
        long periodMillis = Math.max(20, Math.min(1_000, idle.toMillis() / 10));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "medsec-bridge-idle");
            t.setDaemon(true);
            return t;
        });
        IdleStop watch = new IdleStop(timer);
        timer.scheduleWithFixedDelay(() -> {
            if (activity.idleNanos() >= idleNanos) {
                timer.shutdown(); // no further checks; stop() closes this watch too
                Thread stopper = new Thread(stop, "medsec-bridge-idle-stop");
                stopper.setDaemon(false);
                stopper.start();
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        return watch;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

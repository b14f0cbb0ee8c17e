package io.github.medsecforms.bridge;

import io.github.medsecforms.bridge.internal.Activity;
import io.github.medsecforms.bridge.internal.BridgeServer;
import io.github.medsecforms.bridge.internal.IdleStop;
import io.github.medsecforms.bridge.internal.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * The local bridge: a small web server on this machine that validates workbooks for an Excel button (VBA macro),
 * a web page it serves itself at {@code /}, and programs such as a prefecture's system. JSON API under
 * {@code /api/v1} (described at {@code /openapi.json} and in {@code docs/bridge.md}).
 *
 * <pre>{@code
 * try (FormsBridge bridge = FormsBridge.create(config -> config.port(7070)).start()) {
 *     System.out.println(bridge.url());        // http://127.0.0.1:7070/
 *     ...
 * }
 * }</pre>
 *
 * <p>Security: it listens on loopback only unless told otherwise, and then only with a token; it answers only
 * requests whose {@code Host} names it and whose {@code Origin}, if any, is its own (so other web sites cannot use
 * it); bodies are limited in size and time and kept in memory only; nothing of a request's content is logged (one
 * line per request: method, path, status, duration); errors are RFC 9457 problems with a coded Japanese
 * (or English) message. Passwords never leave: the annotated copy of a workbook drops every password sheet.</p>
 */
public final class FormsBridge implements AutoCloseable {
    private final BridgeServer server;
    private final Settings settings;
    private final Activity activity = new Activity();
    private final Optional<Duration> idle;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private IdleStop idleStop;

    private FormsBridge(Settings settings, Optional<Duration> idle) {
        this.settings = settings;
        this.idle = idle;
        this.server = new BridgeServer(settings, activity);
    }

    /**
     * A bridge configured by {@code configure} (see {@link BridgeConfig} for the defaults); not started.
     *
     * @throws BridgeException {@code MSF-HTTP-1101} when a host beyond loopback is configured without a token,
     *                         {@code MSF-HTTP-1103} for an invalid setting
     */
    public static FormsBridge create(Consumer<BridgeConfig> configure) {
        BridgeConfig config = new BridgeConfig();
        Objects.requireNonNull(configure, "configure").accept(config);
        Settings settings = check(config);
        Optional<Duration> idle = config.stopWhenIdle();
        if (idle.isPresent() && (idle.get().isNegative() || idle.get().isZero())) {
            throw new BridgeException("MSF-HTTP-1103", null, "stopWhenIdle " + idle.get());
        }
        return new FormsBridge(settings, idle);
    }

    private static Settings check(BridgeConfig c) {
        if (c.host().isEmpty()) {
            throw new BridgeException("MSF-HTTP-1103", null, "host");
        }
        if (c.port() < 0 || c.port() > 65_535) {
            throw new BridgeException("MSF-HTTP-1103", null, "port " + c.port());
        }
        if (c.maxBodyBytes() < 1 || c.maxBodyBytes() > Integer.MAX_VALUE - 8) {
            throw new BridgeException("MSF-HTTP-1103", null, "maxBodyBytes " + c.maxBodyBytes());
        }
        if (c.requestTimeout().isNegative() || c.requestTimeout().isZero()) {
            throw new BridgeException("MSF-HTTP-1103", null, "requestTimeout " + c.requestTimeout());
        }
        Settings settings = new Settings(c.host(), c.port(), c.token(), c.maxBodyBytes(), c.requestTimeout(), c.asOf(),
                c.diagnosisDay(), c.allowedHosts());
        if (!settings.loopback() && settings.token().isEmpty()) {
            throw new BridgeException("MSF-HTTP-1101", null, c.host());
        }
        return settings;
    }

    /**
     * Starts listening.
     *
     * @return this bridge
     * @throws BridgeException {@code MSF-HTTP-1102} when the port cannot be listened on (e.g. already in use)
     */
    public synchronized FormsBridge start() {
        try {
            server.start();
        } catch (BridgeServer.BindFailure e) {
            throw new BridgeException("MSF-HTTP-1102", e, settings.host(), settings.port());
        }
        activity.touch();
        idle.ifPresent(d -> idleStop = IdleStop.start(activity, d, this::stop));
        return this;
    }

    /** Stops listening and ends the bridge's threads; a stopped bridge cannot be started again. */
    public void stop() {
        IdleStop watch;
        synchronized (this) {
            watch = idleStop;
            idleStop = null;
        }
        if (watch != null) {
            watch.close();
        }
        server.stop();
        stopped.countDown();
    }

    /**
     * Waits until this bridge has stopped: by {@link #stop()} (from another thread) or by itself after the idle time
     * of {@link BridgeConfig#stopWhenIdle(Duration)}.
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** The same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** The port listened on once started (the free one picked for port 0), else the configured port. */
    public int port() {
        return server.port();
    }

    /**
     * The bridge's web page, e.g. {@code http://127.0.0.1:7070/}; on a wildcard host (0.0.0.0) the loopback
     * address.
     */
    public URI url() {
        return URI.create("http://" + settings.urlHost() + ":" + port() + "/");
    }

    /** Whether the bridge is listening. */
    public boolean isRunning() {
        return server.running();
    }
}

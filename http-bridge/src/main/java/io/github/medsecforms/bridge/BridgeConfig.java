package io.github.medsecforms.bridge;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The settings of a {@link FormsBridge}, filled in by the lambda given to {@link FormsBridge#create}:
 *
 * <pre>{@code
 * FormsBridge bridge = FormsBridge.create(config -> config
 *         .port(0)                                  // a free port
 *         .asOf(LocalDate.of(2025, 3, 31))
 *         .requestTimeout(Duration.ofSeconds(30)));
 * }</pre>
 *
 * <p>Defaults: host {@value #DEFAULT_HOST} (loopback only), port {@value #DEFAULT_PORT}, no token, requests up to
 * 25 MiB, 60 seconds per request, dates judged against today in Japan, not the diagnosis day. A token is required
 * for any host other than {@code 127.0.0.1}, {@code localhost} and {@code ::1}.</p>
 */
public final class BridgeConfig {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_BODY_BYTES = 25L << 20;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private String token;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private LocalDate asOf;
    private boolean diagnosisDay;
    private Duration stopWhenIdle;
    private final Set<String> allowedHosts = new LinkedHashSet<>();

    BridgeConfig() {
    }

    /** The address to listen on: a loopback address (default) or, with a {@link #token(String)}, any other. */
    public BridgeConfig host(String host) {
        this.host = Objects.requireNonNull(host, "host").strip();
        return this;
    }

    /** The port to listen on; 0 picks a free one ({@link FormsBridge#port()} tells which). */
    public BridgeConfig port(int port) {
        this.port = port;
        return this;
    }

    /**
     * The token clients must send ({@code Authorization: Bearer <token>} or {@code X-MedSec-Token}) on every API
     * call but {@code /api/v1/health}. Required when listening beyond loopback; optional (and then enforced) on
     * loopback. {@code null} or blank: none.
     */
    public BridgeConfig token(String token) {
        this.token = token == null || token.isBlank() ? null : token.strip();
        return this;
    }

    /** The largest request body accepted (default 25 MiB); larger ones get 413. */
    public BridgeConfig maxBodyBytes(long bytes) {
        this.maxBodyBytes = bytes;
        return this;
    }

    /** How long receiving and processing one request may take (default 60 s). */
    public BridgeConfig requestTimeout(Duration timeout) {
        this.requestTimeout = Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    /** Judge dates against this day instead of today in Japan (a request may override it with {@code asOf}). */
    public BridgeConfig asOf(LocalDate date) {
        this.asOf = date;
        return this;
    }

    /** Validate in the vulnerability-diagnosis-day mode by default (a request may ask with {@code diagnosisDay}). */
    public BridgeConfig diagnosisDay(boolean diagnosisDay) {
        this.diagnosisDay = diagnosisDay;
        return this;
    }

    /**
     * Stop by itself after this long without a request (none in progress, none answered within it), so that a bridge
     * started for a moment, e.g. by the Excel button, does not linger; {@code null} (default): run until stopped. Any
     * request counts, {@code /api/v1/health} included. {@link FormsBridge#awaitStop()} returns when it has stopped.
     */
    public BridgeConfig stopWhenIdle(Duration idle) {
        this.stopWhenIdle = idle;
        return this;
    }

    /**
     * Another host name clients may use in the {@code Host} header, e.g. the machine's DNS name when listening on
     * all interfaces with a token. {@code 127.0.0.1}, {@code localhost} and the configured host are always allowed.
     */
    public BridgeConfig allowHost(String hostName) {
        this.allowedHosts.add(Objects.requireNonNull(hostName, "hostName").strip().toLowerCase(Locale.ROOT));
        return this;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    public boolean diagnosisDay() {
        return diagnosisDay;
    }

    public Optional<Duration> stopWhenIdle() {
        return Optional.ofNullable(stopWhenIdle);
    }

    public Set<String> allowedHosts() {
        return Set.copyOf(allowedHosts);
    }
}

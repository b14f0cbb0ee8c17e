package io.github.medsecforms.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code BridgeConfig.stopWhenIdle}: a real bridge stops by itself after the idle time, and not before. */
class StopWhenIdleTest {
    /**
     * Long against the 0.3 s between requests, so that a loaded machine (a request or a pause of the test's thread
     * taking over a second: CI with other builds on the same two cores) does not let the bridge go idle while the
     * test still uses it; at 1.5 s a fresh-clone run under load once did (a request sent as the bridge stopped).
     */
    private static final Duration IDLE = Duration.ofSeconds(4);

    @Test
    void a_bridge_stops_by_itself_after_the_idle_time_and_requests_keep_it_running_until_then() throws Exception {
        try (TestBridge server = TestBridge.start(c -> c.stopWhenIdle(IDLE))) {
            CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
                try {
                    server.bridge.awaitStop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            // requests 0.3 s apart for twice the idle time: never idle for long enough
            long until = System.nanoTime() + IDLE.multipliedBy(2).toNanos();
            while (System.nanoTime() < until) {
                assertThat(server.get("/api/v1/health").statusCode()).isEqualTo(200);
                Thread.sleep(300);
            }
            assertThat(server.bridge.isRunning()).as("running while used").isTrue();
            assertThat(stopped).isNotDone();
            long lastRequest = System.nanoTime();
            assertThat(server.get("/api/v1/health").statusCode()).isEqualTo(200);

            stopped.get(30, TimeUnit.SECONDS);
            long idleFor = System.nanoTime() - lastRequest;

            assertThat(Duration.ofNanos(idleFor)).isGreaterThanOrEqualTo(IDLE).isLessThan(IDLE.plusSeconds(10));
            assertThat(server.bridge.isRunning()).isFalse();
            assertThatThrownBy(() -> server.client.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/health"))
                    .build(), HttpResponse.BodyHandlers.discarding())).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void without_an_idle_time_the_bridge_runs_until_stopped() throws Exception {
        try (TestBridge server = TestBridge.start()) {
            CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
                try {
                    server.bridge.awaitStop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Thread.sleep(IDLE.multipliedBy(2).toMillis());
            assertThat(stopped).isNotDone();
            assertThat(server.get("/api/v1/health").statusCode()).isEqualTo(200);

            server.bridge.stop();

            stopped.get(30, TimeUnit.SECONDS);
            assertThat(server.bridge.isRunning()).isFalse();
        }
    }

    @Test
    void a_zero_or_negative_idle_time_is_refused_with_a_coded_error() {
        assertThatThrownBy(() -> FormsBridge.create(c -> c.port(0).stopWhenIdle(Duration.ZERO)))
                .isInstanceOf(BridgeException.class).hasMessageStartingWith("MSF-HTTP-1103");
        assertThatThrownBy(() -> FormsBridge.create(c -> c.port(0).stopWhenIdle(Duration.ofSeconds(-1))))
                .isInstanceOf(BridgeException.class).hasMessageStartingWith("MSF-HTTP-1103");
    }
}

package io.github.medsecforms.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Consumer;

/** A real bridge on a free loopback port, and a real HTTP client for it. */
final class TestBridge implements AutoCloseable {
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
    static final ObjectMapper JSON = new ObjectMapper();
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XLSM = "application/vnd.ms-excel.sheet.macroEnabled.12";

    final FormsBridge bridge;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private TestBridge(FormsBridge bridge) {
        this.bridge = bridge;
    }

    /** Started on 127.0.0.1, a free port, dates judged against {@link #AS_OF}. */
    static TestBridge start() {
        return start(c -> { });
    }

    static TestBridge start(Consumer<BridgeConfig> more) {
        return new TestBridge(FormsBridge.create(c -> {
            c.port(0).asOf(AS_OF);
            more.accept(c);
        }).start());
    }

    URI uri(String pathAndQuery) {
        return bridge.url().resolve(pathAndQuery);
    }

    HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    HttpResponse<byte[]> post(String path, byte[] body, String contentType, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A raw HTTP/1.1 exchange over a socket, for what {@link HttpClient} refuses to send (a foreign Host header,
     * a chunked body that never ends). Returns the whole answer as text.
     */
    String raw(String request) {
        return raw(request.getBytes(StandardCharsets.UTF_8));
    }

    String raw(byte[] request) {
        try (Socket socket = new Socket(bridge.url().getHost(), bridge.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        bridge.close();
    }
}

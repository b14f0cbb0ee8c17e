package io.github.medsecforms.bridge;

import static io.github.medsecforms.bridge.TestBridge.XLSX;
import static io.github.medsecforms.bridge.TestBridge.json;
import static io.github.medsecforms.bridge.TestBridge.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bridge answers only this machine's own pages and programs, within limits, and logs nothing of the content. */
class BridgeSecurityTest {
    private static TestBridge server;

    @BeforeAll
    static void start() {
        server = TestBridge.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String request(String method, String path, String host, String... headers) {
        StringBuilder sb = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        if (host != null) {
            sb.append("Host: ").append(host).append("\r\n");
        }
        for (String h : headers) {
            sb.append(h).append("\r\n");
        }
        return sb.append("Connection: close\r\nContent-Length: 0\r\n\r\n").toString();
    }

    private static int status(String rawResponse) {
        return Integer.parseInt(rawResponse.substring(9, 12));
    }

    // ------------------------------------------------------------------ Host

    @Test
    void a_foreign_host_header_is_refused_so_a_rebound_dns_name_cannot_reach_the_bridge() {
        int port = server.bridge.port();

        String rebound = server.raw(request("POST", "/api/v1/validate", "evil.example:" + port));
        String otherPort = server.raw(request("GET", "/api/v1/version", "127.0.0.1:" + (port + 1)));
        String noHost = server.raw("GET /api/v1/version HTTP/1.0\r\n\r\n");

        assertThat(status(rebound)).isEqualTo(403);
        assertThat(rebound).contains("application/problem+json").contains("MSF-HTTP-0403").contains("DNSリバインディング");
        assertThat(status(otherPort)).isEqualTo(403);
        assertThat(status(noHost)).isEqualTo(403);
        assertThat(status(server.raw(request("GET", "/", "evil.example:" + port)))).as("the page too").isEqualTo(403);
    }

    @Test
    void the_loopback_names_with_the_right_port_are_accepted() {
        int port = server.bridge.port();

        assertThat(status(server.raw(request("GET", "/api/v1/version", "127.0.0.1:" + port)))).isEqualTo(200);
        assertThat(status(server.raw(request("GET", "/api/v1/version", "localhost:" + port)))).isEqualTo(200);
        assertThat(status(server.raw(request("GET", "/api/v1/version", "LOCALHOST:" + port)))).isEqualTo(200);
    }

    // ------------------------------------------------------------------ Origin

    @Test
    void a_cross_site_origin_is_refused_and_the_servers_own_origin_accepted() {
        byte[] workbook = Workbooks.filled("support-request");
        String own = "http://127.0.0.1:" + server.bridge.port();

        HttpResponse<byte[]> crossSite = server.post("/api/v1/validate", workbook, XLSX, "Origin", "https://evil.example");
        HttpResponse<byte[]> nullOrigin = server.post("/api/v1/validate", workbook, XLSX, "Origin", "null");
        HttpResponse<byte[]> otherLocalPort = server.get("/api/v1/forms", "Origin", "http://127.0.0.1:1");
        HttpResponse<byte[]> sameOrigin = server.post("/api/v1/validate", workbook, XLSX, "Origin", own);

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(json(crossSite).get("code").asText()).isEqualTo("MSF-HTTP-1001");
        assertThat(json(crossSite).get("detail").asText()).contains("https://evil.example");
        assertThat(nullOrigin.statusCode()).isEqualTo(403);
        assertThat(otherLocalPort.statusCode()).isEqualTo(403);
        assertThat(sameOrigin.statusCode()).isEqualTo(200);
        assertThat(crossSite.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void every_answer_carries_the_security_headers() {
        HttpResponse<byte[]> page = server.get("/");
        HttpResponse<byte[]> problem = server.get("/api/v1/nothing");

        for (HttpResponse<byte[]> r : List.of(page, problem)) {
            assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");
            assertThat(r.headers().firstValue("Server")).isEmpty();
        }
    }

    // ------------------------------------------------------------------ token

    @Test
    void a_host_beyond_loopback_without_a_token_is_refused_at_start() {
        for (String host : List.of("0.0.0.0", "127.0.0.2", "192.0.2.10")) {
            assertThatThrownBy(() -> FormsBridge.create(c -> c.host(host).port(0)))
                    .isInstanceOfSatisfying(BridgeException.class, e -> {
                        assertThat(e.code()).isEqualTo("MSF-HTTP-1101");
                        assertThat(e.getMessage()).contains(host).contains("トークンが必要です");
                        assertThat(e.getMessage(Locale.ENGLISH)).contains("needs a token");
                    });
        }
    }

    @Test
    void bound_beyond_the_standard_loopback_names_every_api_call_needs_the_token() {
        String token = "t0ken-" + System.nanoTime();
        try (TestBridge guarded = TestBridge.start(c -> c.host("127.0.0.2").token(token))) {
            byte[] workbook = Workbooks.filled("support-request");

            HttpResponse<byte[]> missing = guarded.post("/api/v1/validate", workbook, XLSX);
            HttpResponse<byte[]> wrong = guarded.get("/api/v1/forms", "Authorization", "Bearer nope");
            HttpResponse<byte[]> bearer = guarded.post("/api/v1/validate", workbook, XLSX, "Authorization", "Bearer " + token);
            HttpResponse<byte[]> header = guarded.get("/api/v1/forms", "X-MedSec-Token", token);
            HttpResponse<byte[]> health = guarded.get("/api/v1/health");
            HttpResponse<byte[]> page = guarded.get("/");

            assertThat(guarded.bridge.url().getHost()).isEqualTo("127.0.0.2");
            assertThat(missing.statusCode()).isEqualTo(401);
            assertThat(json(missing).get("code").asText()).isEqualTo("MSF-HTTP-0401");
            assertThat(json(missing).get("detail").asText()).contains("トークン");
            assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"medsec-forms\"");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(bearer.statusCode()).isEqualTo(200);
            assertThat(header.statusCode()).isEqualTo(200);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(json(health).get("tokenRequired").asBoolean()).isTrue();
            assertThat(page.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_token_given_on_loopback_is_enforced_too() {
        try (TestBridge guarded = TestBridge.start(c -> c.token("loopback-token"))) {
            assertThat(guarded.get("/api/v1/version").statusCode()).isEqualTo(401);
            assertThat(guarded.get("/api/v1/version", "X-MedSec-Token", "loopback-token").statusCode()).isEqualTo(200);
        }
    }

    // ------------------------------------------------------------------ limits

    @Test
    void a_30_mb_body_is_refused_with_413_before_it_is_read() {
        byte[] thirtyMegabytes = new byte[30_000_000];

        HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/api/v1/validate"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", XLSX)
                .POST(HttpRequest.BodyPublishers.ofByteArray(thirtyMegabytes)).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("code").asText()).isEqualTo("MSF-HTTP-0413");
        assertThat(json(response).get("detail").asText()).contains("25 MiB");
    }

    @Test
    void a_chunked_body_without_length_is_cut_at_the_limit() throws IOException {
        try (TestBridge small = TestBridge.start(c -> c.maxBodyBytes(100_000));
             Socket socket = new Socket("127.0.0.1", small.bridge.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/validate HTTP/1.1\r\nHost: 127.0.0.1:" + small.bridge.port()
                    + "\r\nContent-Type: " + XLSX + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[16_384];
            String answer;
            try {
                for (int i = 0; i < 20; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException e) {
                // the server may close before the client is done sending
            }
            InputStream in = socket.getInputStream();
            answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(status(answer)).isEqualTo(413);
            assertThat(answer).contains("MSF-HTTP-0413");
        }
    }

    @Test
    void a_body_that_does_not_arrive_in_time_is_answered_408() throws IOException {
        try (TestBridge slow = TestBridge.start(c -> c.requestTimeout(Duration.ofSeconds(1)));
             Socket socket = new Socket("127.0.0.1", slow.bridge.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/validate HTTP/1.1\r\nHost: 127.0.0.1:" + slow.bridge.port()
                    + "\r\nContent-Type: " + XLSX + "\r\nContent-Length: 100000\r\nConnection: close\r\n\r\nPK")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(status(answer)).isEqualTo(408);
            assertThat(answer).contains("MSF-HTTP-0408");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test
    void a_port_in_use_is_refused_with_a_coded_message() {
        int taken = server.bridge.port();

        assertThatThrownBy(() -> FormsBridge.create(c -> c.port(taken)).start())
                .isInstanceOfSatisfying(BridgeException.class, e -> {
                    assertThat(e.code()).isEqualTo("MSF-HTTP-1102");
                    assertThat(e.getMessage()).contains(String.valueOf(taken)).contains("--port");
                });
    }

    // ------------------------------------------------------------------ logging

    @Test
    void the_log_has_one_line_per_request_and_nothing_of_its_content() throws IOException {
        String facility = "ログ確認用記念病院" + System.nanoTime();
        var survey = io.github.medsecforms.model.testing.Mutate.set(Workbooks.surveyWithErrors(),
                "basicInfo.facilityName", facility);
        byte[] workbook = Workbooks.withPasswordSheet(Workbooks.filled(survey));

        HttpResponse<byte[]> response = server.post("/api/v1/validate?format=tsv&filename=secret-hospital.xlsx",
                workbook, XLSX);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(text(server.post("/api/v1/validate", HostileFiles.xxe(workbook), XLSX))).contains("MSF-IO-1013");

        String logFile = System.getProperty("org.slf4j.simpleLogger.logFile");
        org.junit.jupiter.api.Assumptions.assumeTrue(logFile != null, "run through Maven: the pom sends the log to a file");
        Path log = Path.of(logFile);
        String all = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(all).doesNotContain(facility).doesNotContain(Workbooks.PASSWORD).doesNotContain("192.168.10.1")
                .doesNotContain("/etc/passwd").doesNotContain("secret-hospital");
        List<String> access = all.lines().filter(l -> l.contains("io.github.medsecforms.bridge.access")).toList();
        assertThat(access).isNotEmpty().allSatisfy(line -> assertThat(line)
                .matches(".* io\\.github\\.medsecforms\\.bridge\\.access - (GET|POST) /[^ ?]* \\d{3} \\d+ms"));
        assertThat(access).anyMatch(l -> l.contains("POST /api/v1/validate 200 "))
                .anyMatch(l -> l.contains("POST /api/v1/validate 422 "));
    }
}

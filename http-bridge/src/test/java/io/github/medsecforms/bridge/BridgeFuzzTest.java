package io.github.medsecforms.bridge;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the bridge's request handling (docs/fuzzing.md): one {@link FormsBridge} on a free
 * loopback port for the whole run, and each input sent as a raw HTTP/1.1 {@code POST /api/v1/validate} — a content
 * type, a query, one more header with a fuzzed value, and a fuzzed body. The answer must be a 2xx or a 4xx: a 5xx,
 * a connection closed without an answer, or no answer within 60 s is a finding.
 *
 * <p>Input layout (so that seeds are plain workbooks behind four bytes): byte 0 picks the content type, byte 1 the
 * query, byte 2 the extra header, byte 3 the length of its value, then the value (printable ASCII only, so that the
 * request stays HTTP), then the body. Seeds: {@code BridgeFuzzTestInputs/validate/}.
 */
class BridgeFuzzTest {
    static final List<String> CONTENT_TYPES = List.of(TestBridge.XLSX, TestBridge.XLSM, "application/vnd.ms-excel",
            "application/octet-stream", "multipart/form-data; boundary=XyZ", "application/json", "text/csv", "");
    static final List<String> QUERIES = List.of("", "?form=line-device-survey", "?form=support-request",
            "?format=xlsx", "?lang=en", "?filename=%E6%A7%98%E5%BC%8F.xlsx", "?asOf=2025-03-31&diagnosisDay=true",
            "?form=");
    static final List<String> HEADERS = List.of("Accept", "Accept-Language", "Origin", "X-Filename", "Content-Disposition",
            "Transfer-Encoding", "Expect", "Authorization");

    private static TestBridge server;

    @BeforeAll
    static void start() {
        server = TestBridge.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @FuzzTest(maxDuration = "2m")
    void validate(byte[] input) throws IOException {
        int at = 0;
        String contentType = CONTENT_TYPES.get(pick(input, at++, CONTENT_TYPES.size()));
        String query = QUERIES.get(pick(input, at++, QUERIES.size()));
        String header = HEADERS.get(pick(input, at++, HEADERS.size()));
        int valueLength = Math.min(at < input.length ? input[at] & 0xFF : 0, Math.max(0, input.length - at - 1));
        at++;
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < valueLength; i++) {
            char c = (char) (input[at + i] & 0x7F);
            value.append(c >= 0x20 && c < 0x7F ? c : ' ');
        }
        at = Math.min(input.length, at + valueLength);
        byte[] body = java.util.Arrays.copyOfRange(input, at, input.length);

        int status;
        // Jazzer's SSRF detector: this test's own connection to the bridge on loopback is the one expected
        int port = server.bridge.port();
        try (var allowed = BugDetectors.allowNetworkConnections(
                (host, p) -> p == port && (host.equals("localhost") || host.startsWith("127.")))) {
            status = post("/api/v1/validate" + query, contentType, header, value.toString().strip(), body);
        }
        if (!(status >= 200 && status < 300) && !(status >= 400 && status < 500)) {
            throw new AssertionError("the bridge answered " + status + " (content type " + contentType + ", query "
                    + query + ", " + header + ")");
        }
    }

    private static int pick(byte[] input, int at, int n) {
        return at < input.length ? (input[at] & 0xFF) % n : 0;
    }

    /** Sends one request and returns the answer's status; fails when the connection ends without one. */
    static int post(String target, String contentType, String header, String value, byte[] body) throws IOException {
        int port = server.bridge.port();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder("POST ").append(target).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n")
                    .append("Connection: close\r\n");
            if (!contentType.isEmpty()) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            if (!value.isEmpty() && !header.equals("Transfer-Encoding")) {
                head.append(header).append(": ").append(value).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
            } catch (IOException refusedEarly) {
                // the server may answer (413, 400) and close before the whole body is sent: read that answer
            }
            String statusLine = statusLine(socket.getInputStream());
            if (statusLine == null) {
                throw new AssertionError("the bridge closed the connection without an answer");
            }
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new AssertionError("not an HTTP answer: " + statusLine);
            }
            return Integer.parseInt(parts[1]);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer within 60 s", e);
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) >= 0; ) {
            if (b == '\n') {
                return line.toString(StandardCharsets.ISO_8859_1).strip();
            }
            line.write(b);
            if (line.size() > 1000) {
                break;
            }
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1).strip();
    }
}

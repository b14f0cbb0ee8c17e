package io.github.medsecforms.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.supportrequest.SupportContact;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 11 at the bridge: items 4, 8 and 10–12, on a real server on a free loopback port. */
class BridgeDefectsTest {
    static TestBridge bridge;

    @BeforeAll
    static void start() {
        bridge = TestBridge.start();
    }

    @AfterAll
    static void stop() {
        bridge.close();
    }

    private String host() {
        return "127.0.0.1:" + bridge.bridge.port();
    }

    /** A connection that sent the headers of an upload declaring {@code length} bytes and then (almost) nothing. */
    private Socket slowUpload(long length) throws IOException {
        Socket s = new Socket("127.0.0.1", bridge.bridge.port());
        s.setSoTimeout(30_000);
        OutputStream out = s.getOutputStream();
        out.write(("POST /api/v1/validate HTTP/1.1\r\nHost: " + host() + "\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Length: " + length + "\r\n\r\nP").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    // ------------------------------------------------------------------ item 10

    @Test
    void health_and_a_small_validate_are_answered_while_sixty_uploads_trickle() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                slow.add(slowUpload(25L << 20));
            }
            Thread.sleep(500); // every upload has been taken by a thread (or refused)

            HttpResponse<byte[]> health = bridge.get("/api/v1/health");
            assertThat(health.statusCode()).isEqualTo(200);
            HttpResponse<byte[]> small = bridge.post("/api/v1/validate?filename=a.xlsx", Workbooks.filled("support-request"),
                    TestBridge.XLSX);
            assertThat(small.statusCode()).as(TestBridge.text(small)).isEqualTo(200);

            // past the bound, an upload is told at once to come back later
            List<String> answered = new ArrayList<>();
            for (Socket s : slow) {
                if (s.getInputStream().available() > 0) {
                    answered.add(answer(s));
                }
            }
            // (an upload holding a slot is cut as too slow: 408)
            assertThat(answered).isNotEmpty().allSatisfy(a -> assertThat(a).matches("(?s)HTTP/1.1 (503|408) .*")
                    .containsPattern("MSF-HTTP-(1011|0408)"));
            assertThat(answered).anySatisfy(a -> assertThat(a).startsWith("HTTP/1.1 503")
                    .containsIgnoringCase("Retry-After: 5").contains("MSF-HTTP-1011"));
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void an_upload_that_trickles_is_cut_with_a_coded_408_not_held_for_a_minute() throws Exception {
        try (Socket s = slowUpload(1L << 20)) {
            OutputStream out = s.getOutputStream();
            String answer = null;
            for (int i = 0; i < 30 && answer == null; i++) {
                Thread.sleep(1000);
                try {
                    out.write('K');
                    out.flush();
                } catch (IOException closed) {
                    answer = answer(s);
                }
                if (answer == null && s.getInputStream().available() > 0) {
                    answer = answer(s);
                }
            }
            assertThat(answer).isNotNull().startsWith("HTTP/1.1 408").contains("MSF-HTTP-0408");
        }
    }

    @Test
    void a_declared_body_of_25_mib_that_never_comes_allocates_nothing_of_that_size() throws Exception {
        long before = usedHeapAfterGc();
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                idle.add(slowUpload(25L << 20));
            }
            Thread.sleep(1000);
            long during = usedHeapAfterGc();
            assertThat(during - before).as("heap held by 40 idle uploads").isLessThan(64L << 20);
        } finally {
            for (Socket s : idle) {
                s.close();
            }
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** What the server answered on a connection (up to the end of the problem document). */
    private static String answer(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        StringBuilder sb = new StringBuilder();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sb.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                if (sb.indexOf("}") > 0) {
                    break;
                }
            }
        } catch (IOException e) {
            // closed after the answer
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ item 11

    @Test
    void a_cross_site_upload_without_origin_is_refused_like_a_foreign_origin() {
        for (String site : List.of("cross-site", "same-site")) {
            HttpResponse<byte[]> raw = bridge.post("/api/v1/validate", Workbooks.filled("support-request"), TestBridge.XLSX,
                    "Sec-Fetch-Site", site);
            assertThat(raw.statusCode()).isEqualTo(403);
            assertThat(TestBridge.json(raw).get("code").asText()).isEqualTo("MSF-HTTP-1009");
            String boundary = "----b";
            byte[] multipart = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\nPK\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            HttpResponse<byte[]> form = bridge.post("/api/v1/validate", multipart, "multipart/form-data; boundary=" + boundary,
                    "Sec-Fetch-Site", site);
            assertThat(form.statusCode()).isEqualTo(403);
        }
        // the bridge's own page and the user typing the URL are not refused
        assertThat(bridge.post("/api/v1/validate", Workbooks.filled("support-request"), TestBridge.XLSX,
                "Sec-Fetch-Site", "same-origin").statusCode()).isEqualTo(200);
        assertThat(bridge.get("/", "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ item 12

    @Test
    void the_servers_own_errors_are_coded_problems_with_the_security_headers() {
        String longUri = bridge.raw("GET /api/v1/health?lang=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: " + host()
                + "\r\nConnection: close\r\n\r\n");
        String bigHeaders = bridge.raw("GET /api/v1/health HTTP/1.1\r\nHost: " + host() + "\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        String badUri = bridge.raw("GET /%zz HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n");
        String badRequest = bridge.raw("GARBAGE\r\n\r\n");
        for (String answer : List.of(longUri, bigHeaders, badUri, badRequest)) {
            assertThat(answer).as(answer).matches("(?s)HTTP/1.1 4\\d\\d .*")
                    .containsIgnoringCase("Content-Type: application/problem+json")
                    .containsIgnoringCase("X-Content-Type-Options: nosniff")
                    .containsIgnoringCase("Content-Security-Policy: ")
                    .containsIgnoringCase("Cache-Control: no-store")
                    .containsPattern("\"code\" ?: ?\"MSF-HTTP-\\d{4}\"").doesNotContain("<html").doesNotContain("Exception");
        }
        assertThat(longUri).startsWith("HTTP/1.1 414");
        assertThat(bigHeaders).startsWith("HTTP/1.1 431");
    }

    @Test
    void a_malformed_escape_in_the_query_is_a_400() {
        for (String query : List.of("?lang=%", "?lang=%e", "?lang=%zz", "?lang=%ff")) {
            String answer = bridge.raw("GET /api/v1/health" + query + " HTTP/1.1\r\nHost: " + host()
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(query).startsWith("HTTP/1.1 400").contains("MSF-HTTP-1010")
                    .containsIgnoringCase("Content-Type: application/problem+json");
        }
        assertThat(bridge.get("/api/v1/health?lang=%65n").statusCode()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ item 8

    @Test
    void render_of_a_form_with_errors_refuses_the_pdf_unless_allowed_and_counts_errors_in_a_header() {
        byte[] json = FormJson.write(Mutate.set(Mutate.set(SampleForms.supportRequest(), "hospitalName", ""),
                "contact2", SupportContact.EMPTY)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> refused = bridge.post("/api/v1/forms/support-request/render?format=pdf", json, "application/json");
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = TestBridge.json(refused);
        assertThat(problem.get("code").asText()).isEqualTo("MSF-HTTP-1012");
        assertThat(problem.get("findings")).isNotEmpty();

        HttpResponse<byte[]> allowed = bridge.post("/api/v1/forms/support-request/render?format=pdf&allowErrors=true", json,
                "application/json");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(Integer.parseInt(allowed.headers().firstValue("X-MedSec-Errors").orElseThrow())).isPositive();

        HttpResponse<byte[]> xlsx = bridge.post("/api/v1/forms/support-request/render", json, "application/json");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("X-MedSec-Errors")).isPresent();
    }

    // ------------------------------------------------------------------ item 4

    @Test
    void the_annotated_copy_never_returns_a_password_sheet_of_any_name() throws Exception {
        byte[] workbook;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(Workbooks.withPasswordSheet(Workbooks.filled("line-device-survey"))))) {
            wb.setSheetName(wb.getSheetIndex(Workbooks.PASSWORD_SHEET), "PW一覧");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            workbook = out.toByteArray();
        }
        HttpResponse<byte[]> copy = bridge.post("/api/v1/validate?format=xlsx", workbook, TestBridge.XLSX);
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(partsText(copy.body())).doesNotContain(Workbooks.PASSWORD);
        HttpResponse<byte[]> report = bridge.post("/api/v1/validate", workbook, TestBridge.XLSX);
        assertThat(TestBridge.text(report)).contains("LDS-024").doesNotContain(Workbooks.PASSWORD);
    }

    static String partsText(byte[] zip) throws IOException {
        StringBuilder out = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }
}

package io.github.medsecforms.bridge;

import static io.github.medsecforms.bridge.TestBridge.XLSX;
import static io.github.medsecforms.bridge.TestBridge.json;
import static io.github.medsecforms.bridge.TestBridge.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.medsecforms.xlsx.testing.ProfileWorkbooks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The multipart part {@code profile} on a real bridge: the worked example of docs/profiles.md applied to the workbook
 * it was written for, on every route that reads workbooks; a profile that cannot be used is a 4xx problem with its
 * code, never a 500.
 */
class ProfileApiTest {
    private static final String BOUNDARY = "----medsecProfile";
    private static TestBridge server;
    private static byte[] workbook;
    private static byte[] example;

    @BeforeAll
    static void start() throws IOException {
        server = TestBridge.start();
        workbook = ProfileWorkbooks.example();
        example = Files.readAllBytes(root().resolve("docs/profiles/support-request-example.yaml"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void read_explain_with_the_profile_part_places_the_local_label_and_the_profile_s_cell() {
        HttpResponse<byte[]> without = server.post("/api/v1/read?explain=true", workbook, XLSX);
        HttpResponse<byte[]> with = post("/api/v1/read?explain=true", workbook, example);

        assertThat(with.statusCode()).as(text(with)).isEqualTo(200);
        assertThat(json(without).get("forms").get(0).has("hospitalCode")).isFalse();
        JsonNode node = json(with);
        assertThat(node.get("forms").get(0).get("hospitalCode").asText()).isEqualTo(ProfileWorkbooks.CODE);
        assertThat(placement(node, "hospitalCode").get("how").asText()).startsWith("layout profile label");
        JsonNode phone = placement(node, "phoneNumber");
        assertThat(phone.get("sheet").asText() + "!" + phone.get("cell").asText()).isEqualTo("回答!D12");
        assertThat(phone.get("how").asText()).startsWith("layout profile cell (cells.phoneNumber");
    }

    @Test
    void validate_and_parse_read_with_the_profile_part() {
        HttpResponse<byte[]> without = server.post("/api/v1/validate?asOf=2025-03-31", workbook, XLSX);
        HttpResponse<byte[]> with = post("/api/v1/validate?asOf=2025-03-31", workbook, example);
        HttpResponse<byte[]> parsed = post("/api/v1/forms/support-request/parse", workbook, example);

        assertThat(with.statusCode()).as(text(with)).isEqualTo(200);
        assertThat(paths(json(without))).contains("hospitalCode", "phoneNumber", "dataUse");
        assertThat(paths(json(with))).doesNotContain("hospitalCode", "phoneNumber", "dataUse");
        assertThat(parsed.statusCode()).as(text(parsed)).isEqualTo(200);
        assertThat(json(parsed).get("phoneNumber").asText()).isEqualTo(ProfileWorkbooks.PHONE);
        assertThat(json(parsed).get("dataUse").asText()).isEqualTo("ALLOWED");
    }

    @Test
    void an_empty_profile_part_is_no_profile() {
        HttpResponse<byte[]> response = post("/api/v1/read", workbook, new byte[0]);

        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(json(response).get("forms").get(0).has("hospitalCode")).isFalse();
    }

    @Test
    void a_malformed_profile_is_422_with_its_code_and_line_never_500() {
        HttpResponse<byte[]> response = post("/api/v1/validate", workbook,
                "form: support-request\nlabels: [当院コード\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("code").asText()).isEqualTo("MSF-IO-5002");
        assertThat(problem.get("detail").asText()).contains("レイアウトプロファイル", "行");
    }

    @Test
    void an_unknown_key_or_a_path_the_form_lacks_is_422_naming_it_in_the_asked_language() {
        HttpResponse<byte[]> key = post("/api/v1/read?lang=en", workbook,
                "form: support-request\nlables:\n  hospitalCode: 当院コード\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> path = post("/api/v1/forms/support-request/parse", workbook,
                "form: support-request\nlabels:\n  hospitalcode: 当院コード\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> pkg = post("/api/v1/packages/validate", new byte[] {'P', 'K', 5, 6},
                "form: support-request\ncells:\n  hospitalCode: C7\n".getBytes(StandardCharsets.UTF_8));

        assertThat(key.statusCode()).isEqualTo(422);
        assertThat(json(key).get("code").asText()).isEqualTo("MSF-IO-5003");
        assertThat(json(key).get("detail").asText()).contains("\"lables\"", "line 2");
        assertThat(path.statusCode()).isEqualTo(422);
        assertThat(json(path).get("code").asText()).isEqualTo("MSF-IO-5013");
        assertThat(json(path).get("detail").asText()).contains("labels「hospitalcode」");
        assertThat(pkg.statusCode()).isEqualTo(422);
        assertThat(json(pkg).get("code").asText()).isEqualTo("MSF-IO-5016");
    }

    @Test
    void a_profile_over_256_kib_is_413() {
        byte[] big = ("form: support-request\n# " + "x".repeat(300 * 1024) + "\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> response = post("/api/v1/validate", workbook, big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("code").asText()).isEqualTo("MSF-IO-5001");
    }

    private static HttpResponse<byte[]> post(String path, byte[] file, byte[] profile) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"回答.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"profile\"; filename=\"p.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(profile);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return server.post(path, body.toByteArray(), "multipart/form-data; boundary=" + BOUNDARY);
    }

    private static JsonNode placement(JsonNode read, String path) {
        for (JsonNode p : read.get("placements")) {
            if (p.get("path").asText().equals(path)) {
                return p;
            }
        }
        throw new AssertionError("no placement of " + path + " in " + read);
    }

    private static List<String> paths(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> out.add(f.get("path").asText()));
        return out;
    }

    private static Path root() {
        String configured = System.getProperty("medsec.root.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/profiles"))) {
                return dir;
            }
        }
        throw new UncheckedIOException(new IOException("repository root not found"));
    }
}

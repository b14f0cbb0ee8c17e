package io.github.medsecforms.bridge;

import static io.github.medsecforms.bridge.TestBridge.XLSX;
import static io.github.medsecforms.bridge.TestBridge.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.model.testing.SampleForms;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input a client can send is its fault, so it gets a 4xx problem with a coded Japanese message — never a
 * 500, never a report of a file that could not be read.
 */
class BadInputTest {
    private static TestBridge server;

    @BeforeAll
    static void start() {
        server = TestBridge.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A request and the problem it must get. */
    record Case(String name, String method, String path, byte[] body, String contentType, int status, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        byte[] survey = Workbooks.filled("line-device-survey");
        byte[] surveyJson = FormJson.writeBytes(SampleForms.lineDeviceSurvey());
        String validate = "/api/v1/validate";
        return Stream.of(
                // hostile or mistaken files
                new Case("empty body", "POST", validate, new byte[0], XLSX, 400, "MSF-HTTP-1004"),
                new Case("random bytes", "POST", validate, HostileFiles.randomBytes(), XLSX, 422, "MSF-IO-1002"),
                new Case("CSV renamed .xlsx", "POST", validate + "?filename=a.xlsx", HostileFiles.csv(), XLSX, 422, "MSF-IO-1002"),
                new Case("legacy .xls that is no form (legacy forms are read)", "POST", validate, HostileFiles.legacyXls(), "application/vnd.ms-excel", 422, "MSF-IO-2040"),
                new Case("encrypted xlsx", "POST", validate, HostileFiles.encrypted(survey), XLSX, 422, "MSF-IO-1004"),
                new Case("zip bomb", "POST", validate, HostileFiles.zipBomb(survey), XLSX, 422, "MSF-IO-1105"),
                new Case("XXE in sheet XML", "POST", validate, HostileFiles.xxe(survey), XLSX, 422, "MSF-IO-1013"),
                new Case("not a form", "POST", validate, HostileFiles.notAForm(), XLSX, 422, "MSF-IO-2040"),
                new Case("truncated workbook", "POST", validate, HostileFiles.truncated(survey), XLSX, 422, "MSF-IO-1005"),
                new Case("another form than ?form=", "POST", validate + "?form=support-request", survey, XLSX, 422, "MSF-IO-2041"),
                new Case("hostile file to parse", "POST", "/api/v1/forms/line-device-survey/parse", HostileFiles.xxe(survey), XLSX, 422, "MSF-IO-1013"),
                new Case("zip bomb as annotated copy", "POST", validate + "?format=xlsx", HostileFiles.zipBomb(survey), XLSX, 422, "MSF-IO-1105"),
                // unknown ids and bad parameters
                new Case("unknown ?form=", "POST", validate + "?form=no-such-form", survey, XLSX, 400, "MSF-HTTP-0400"),
                new Case("unknown form id: template", "GET", "/api/v1/forms/no-such-form/template", null, null, 404, "MSF-HTTP-1002"),
                new Case("unknown form id: parse", "POST", "/api/v1/forms/no-such-form/parse", survey, XLSX, 404, "MSF-HTTP-1002"),
                new Case("unknown form id: render", "POST", "/api/v1/forms/no-such-form/render", surveyJson, "application/json", 404, "MSF-HTTP-1002"),
                new Case("unsupported version", "GET", "/api/v1/forms/support-request/template?version=R1", null, null, 404, "MSF-HTTP-1003"),
                new Case("unreadable version", "GET", "/api/v1/forms/support-request/template?version=next", null, null, 400, "MSF-HTTP-0400"),
                new Case("format=pdf on validate", "POST", validate + "?format=pdf", survey, XLSX, 400, "MSF-HTTP-0400"),
                new Case("lang=fr", "POST", validate + "?lang=fr", survey, XLSX, 400, "MSF-HTTP-0400"),
                new Case("asOf not a date", "POST", validate + "?asOf=2025-13-01", survey, XLSX, 400, "MSF-HTTP-0400"),
                new Case("diagnosisDay not a boolean", "POST", validate + "?diagnosisDay=maybe", survey, XLSX, 400, "MSF-HTTP-0400"),
                new Case("unknown parameter", "POST", validate + "?formt=tsv", survey, XLSX, 400, "MSF-HTTP-1008"),
                new Case("unknown parameter on GET", "GET", "/api/v1/forms?verbose=1", null, null, 400, "MSF-HTTP-1008"),
                // wrong content types
                new Case("text/csv body", "POST", validate, HostileFiles.csv(), "text/csv", 415, "MSF-HTTP-0415"),
                new Case("JSON to validate", "POST", validate, surveyJson, "application/json", 415, "MSF-HTTP-0415"),
                new Case("form-urlencoded body", "POST", validate, survey, "application/x-www-form-urlencoded", 415, "MSF-HTTP-0415"),
                new Case("text/plain to render", "POST", "/api/v1/forms/line-device-survey/render", surveyJson, "text/plain", 415, "MSF-HTTP-0415"),
                new Case("multipart without file", "POST", validate, multipart("other", survey), "multipart/form-data; boundary=XyZ", 400, "MSF-HTTP-1005"),
                new Case("malformed multipart", "POST", validate, "garbage".getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=XyZ", 400, "MSF-HTTP-1005"),
                // JSON documents to render
                new Case("render: empty JSON body", "POST", "/api/v1/forms/line-device-survey/render", new byte[0], "application/json", 400, "MSF-HTTP-1004"),
                new Case("render: not JSON", "POST", "/api/v1/forms/line-device-survey/render", "{nope".getBytes(StandardCharsets.UTF_8), "application/json", 422, "MSF-IO-0101"),
                new Case("render: another form's JSON", "POST", "/api/v1/forms/support-request/render", surveyJson, "application/json", 422, "MSF-IO-0203"),
                new Case("render: a password in JSON", "POST", "/api/v1/forms/line-device-survey/render",
                        "{\"formId\":\"line-device-survey-credentials\",\"version\":\"R6\"}".getBytes(StandardCharsets.UTF_8), "application/json", 422, "MSF-IO-0203"),
                // packages
                new Case("package: random bytes", "POST", "/api/v1/packages/validate", HostileFiles.randomBytes(), "application/zip", 422, "MSF-HTTP-1006"),
                new Case("package: zip bomb", "POST", "/api/v1/packages/validate", HostileFiles.packageBomb(), "application/zip", 422, "MSF-HTTP-1007"),
                new Case("package: empty", "POST", "/api/v1/packages/validate", new byte[0], "application/zip", 400, "MSF-HTTP-1004"),
                new Case("package: xlsx content type", "POST", "/api/v1/packages/validate", survey, XLSX, 415, "MSF-HTTP-0415"),
                // routes
                new Case("unknown path", "GET", "/api/v1/nothing", null, null, 404, "MSF-HTTP-0404"),
                new Case("GET on a POST route", "GET", validate, null, null, 405, "MSF-HTTP-0405")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answers_a_coded_japanese_problem(Case c) {
        HttpResponse<byte[]> response = c.method().equals("GET") ? server.get(c.path())
                : server.post(c.path(), c.body(), c.contentType());

        assertThat(response.statusCode()).as(c.name() + ": " + TestBridge.text(response)).isEqualTo(c.status());
        assertThat(BridgeApiTest.contentType(response)).isEqualTo("application/problem+json;charset=utf-8");
        JsonNode problem = json(response);
        assertThat(problem.get("code").asText()).isEqualTo(c.code());
        assertThat(problem.get("status").asInt()).isEqualTo(c.status());
        assertThat(problem.get("type").asText()).isEqualTo("urn:medsec-forms:problem:" + c.code());
        assertThat(problem.get("title").asText()).matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
        assertThat(problem.get("detail").asText()).matches("(?s).*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
        assertThat(problem.get("instance").asText()).isEqualTo(c.path().replaceFirst("\\?.*", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answers_in_english_when_asked(Case c) {
        String path = c.path() + (c.path().contains("?") ? "&" : "?") + "lang=en";
        if (c.path().contains("lang=")) {
            path = c.path();
        }
        HttpResponse<byte[]> response = c.method().equals("GET")
                ? server.get(path, "Accept-Language", "en")
                : server.post(path, c.body(), c.contentType(), "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(c.status());
        JsonNode problem = json(response);
        assertThat(problem.get("code").asText()).isEqualTo(c.code());
        assertThat(problem.get("title").asText()).matches("[\\x20-\\x7E]+");
        assertThat(problem.get("detail").asText()).doesNotContainPattern("[\\p{IsHiragana}\\p{IsKatakana}]{3}");
    }

    /**
     * Regression (BridgeFuzzTest): the JDK's {@code Locale.LanguageRange.parse} throws
     * {@code ArrayIndexOutOfBoundsException} for {@code "-"}; the problem writer then failed too and Javalin looped
     * through its exception handlers forever, so the request never got an answer. Malformed headers now mean Japanese.
     */
    @ParameterizedTest(name = "Accept-Language: {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"-", "--", "*-", "-en", "en;q=", "en;q=2", ";", ",,", "x-"})
    void answers_in_japanese_when_accept_language_is_malformed(String header) {
        HttpResponse<byte[]> refused = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/validate"))
                .timeout(java.time.Duration.ofSeconds(10)).header("Content-Type", "text/csv").header("Accept-Language", header)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(HostileFiles.csv())).build());
        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(json(refused).get("title").asText()).matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");

        HttpResponse<byte[]> checked = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/validate"))
                .timeout(java.time.Duration.ofSeconds(10)).header("Content-Type", XLSX).header("Accept-Language", header)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(Workbooks.filled("support-request"))).build());
        assertThat(checked.statusCode()).as(TestBridge.text(checked)).isEqualTo(200);
    }

    private static byte[] multipart(String field, byte[] content) {
        String head = "--XyZ\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"a.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = "\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + content.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(content, 0, all, h.length, content.length);
        System.arraycopy(t, 0, all, h.length + content.length, t.length);
        return all;
    }
}

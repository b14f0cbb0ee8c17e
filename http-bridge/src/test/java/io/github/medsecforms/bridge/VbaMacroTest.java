package io.github.medsecforms.bridge;

import static io.github.medsecforms.bridge.TestBridge.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.xlsx.WorkbookAnnotator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Excel macro {@code examples/excel/MedsecFormsBridge.bas} and the server agree: everything the macro sends
 * (path, query parameters, headers) is served and accepted, and its exact request gets an answer it can read.
 */
class VbaMacroTest {
    static final Path BAS = Path.of(System.getProperty("medsec.root.dir", ".."), "examples", "excel", "MedsecFormsBridge.bas");

    private static TestBridge server;
    private static Macro macro;

    /** What the macro sends, read from its source. */
    record Macro(String source, Map<String, String> constants, String method, URI url, Map<String, Set<String>> headers) {
    }

    @BeforeAll
    static void start() throws IOException {
        server = TestBridge.start();
        macro = parse(BAS);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Macro parse(Path bas) throws IOException {
        byte[] bytes = Files.readAllBytes(bas);
        String source = new String(bytes, Charset.forName("MS932"));
        Map<String, String> constants = new LinkedHashMap<>();
        Matcher c = Pattern.compile("(?m)^\\s*(?:Private |Public )?Const (\\w+) As String = \"((?:[^\"]|\"\")*)\"").matcher(source);
        while (c.find()) {
            constants.put(c.group(1), c.group(2).replace("\"\"", "\""));
        }
        Matcher open = Pattern.compile("\\.Open \"(\\w+)\", (\\w+), False").matcher(source);
        assertThat(open.find()).as("the macro opens a synchronous request").isTrue();
        String url = constants.get(open.group(2));
        Map<String, Set<String>> headers = new LinkedHashMap<>();
        Matcher h = Pattern.compile("setRequestHeader \"([^\"]+)\", (\"[^\"]*\"|\\w+)").matcher(source);
        while (h.find()) {
            headers.computeIfAbsent(h.group(1), k -> new LinkedHashSet<>()).addAll(values(h.group(2), source, constants));
        }
        return new Macro(source, constants, open.group(1), URI.create(url), headers);
    }

    /** The values an argument can have: a literal, a constant, or a variable assigned constants. */
    private static Set<String> values(String argument, String source, Map<String, String> constants) {
        Set<String> values = new LinkedHashSet<>();
        if (argument.startsWith("\"")) {
            values.add(argument.substring(1, argument.length() - 1));
        } else if (constants.containsKey(argument)) {
            values.add(constants.get(argument));
        } else {
            Matcher assigned = Pattern.compile("(?m)^\\s*" + argument + " = (\\w+)\\s*$").matcher(source);
            while (assigned.find()) {
                values.add(constants.get(assigned.group(1)));
            }
        }
        assertThat(values).as(argument).isNotEmpty().doesNotContainNull();
        return values;
    }

    private static String pathAndQuery() {
        return macro.url().getRawPath() + "?" + macro.url().getRawQuery();
    }

    // ------------------------------------------------------------------ (a) what the macro uses is served

    @Test
    void the_macro_calls_the_default_address_of_the_bridge() {
        assertThat(macro.url().getScheme()).isEqualTo("http");
        assertThat(macro.url().getHost()).isEqualTo(BridgeConfig.DEFAULT_HOST);
        assertThat(macro.url().getPort()).isEqualTo(BridgeConfig.DEFAULT_PORT);
        assertThat(macro.method()).isEqualTo("POST");
        assertThat(macro.url().getPath()).isEqualTo("/api/v1/validate");
        assertThat(query(macro.url())).containsEntry("format", "tsv").containsEntry("lang", "ja");
    }

    @Test
    void every_path_query_parameter_and_header_value_of_the_macro_is_accepted_by_the_real_server() {
        byte[] workbook = Workbooks.filled("support-request");
        // each parameter on its own: the server refuses unknown ones, so 200 means each is accepted
        for (Map.Entry<String, String> p : query(macro.url()).entrySet()) {
            HttpResponse<byte[]> r = server.post(macro.url().getRawPath() + "?" + p.getKey() + "=" + p.getValue(), workbook,
                    TestBridge.XLSX);
            assertThat(r.statusCode()).as(p + ": " + TestBridge.text(r)).isEqualTo(200);
        }
        for (Map.Entry<String, Set<String>> header : macro.headers().entrySet()) {
            for (String value : header.getValue()) {
                if (header.getKey().equals("X-MedSec-Token")) {
                    continue; // checked below against a server with a token
                }
                List<String> headers = new ArrayList<>(List.of(header.getKey(), value));
                if (!header.getKey().equals("Content-Type")) {
                    headers.addAll(List.of("Content-Type", TestBridge.XLSX));
                }
                HttpResponse<byte[]> r = server.send(HttpRequest.newBuilder(server.uri(pathAndQuery()))
                        .headers(headers.toArray(String[]::new)).POST(HttpRequest.BodyPublishers.ofByteArray(workbook)).build());
                assertThat(r.statusCode()).as(header.getKey() + ": " + value + " → " + TestBridge.text(r)).isEqualTo(200);
            }
        }
        assertThat(macro.headers()).containsKeys("Content-Type", "Accept-Language", "X-MedSec-Token");
        assertThat(macro.headers().get("Content-Type")).containsExactlyInAnyOrder(TestBridge.XLSX, TestBridge.XLSM);
    }

    @Test
    void the_token_header_of_the_macro_is_the_one_the_server_reads() {
        try (TestBridge guarded = TestBridge.start(c -> c.token("macro-token"))) {
            byte[] workbook = Workbooks.filled("support-request");
            HttpResponse<byte[]> without = guarded.post(pathAndQuery(), workbook, TestBridge.XLSX);
            HttpResponse<byte[]> with = guarded.post(pathAndQuery(), workbook, TestBridge.XLSX, "X-MedSec-Token", "macro-token");

            assertThat(without.statusCode()).isEqualTo(401);
            assertThat(with.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void the_macro_speaks_the_servers_vocabulary_and_needs_no_references() {
        String src = macro.source();
        assertThat(macro.constants().get("RESULT_SHEET")).isEqualTo(WorkbookAnnotator.RESULT_SHEET);
        Matcher severity = Pattern.compile("Case \"([^\"]+)\": \\w+Count").matcher(src);
        List<String> labels = new ArrayList<>();
        while (severity.find()) {
            labels.add(severity.group(1));
        }
        assertThat(labels).containsExactly(Severity.ERROR.label(), Severity.WARNING.label());
        assertThat(src).contains("UBound(fields) = 4");
        assertThat(src).contains("SaveCopyAs").contains("Kill path").contains("responseBody").contains("ADODB.Stream")
                .contains(".Charset = \"utf-8\"").contains("setTimeouts").contains("CreateObject(\"MSXML2.ServerXMLHTTP.6.0\")")
                .contains("Hyperlinks.Add").contains("Interior.Color").contains("JsonString(answer, \"detail\")");
        assertThat(src).doesNotContain("responseText").doesNotContainPattern("As (New )?(MSXML2|ADODB|Scripting|WinHttp)\\.");
        // the encoding and line ends the VBA editor imports
        assertThat(src).doesNotContain("\uFFFD");
        assertThat(src.replace("\r\n", "")).doesNotContain("\n");
        assertThat(src).startsWith("Attribute VB_Name = \"MedsecFormsBridge\"");
    }

    // ------------------------------------------------------------------ (b) the exact request, replayed

    @Test
    void the_exact_request_of_the_macro_gets_tsv_rows_of_five_fields_matching_the_json_report() throws Exception {
        byte[] workbook = Workbooks.withErrors();
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(pathAndQuery())).timeout(Duration.ofSeconds(120))
                .method(macro.method(), HttpRequest.BodyPublishers.ofByteArray(workbook))
                .header("Content-Type", macro.constants().get("XLSX_TYPE"))
                .header("Accept-Language", macro.headers().get("Accept-Language").iterator().next());

        HttpResponse<byte[]> answer = server.send(request.build());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(BridgeApiTest.contentType(answer)).isEqualTo("text/tab-separated-values;charset=utf-8");
        String tsv = strictUtf8(answer.body());
        List<BridgeApiTest.Row5> rows = BridgeApiTest.tsvRows(tsv);
        assertThat(rows).isNotEmpty();

        JsonNode report = json(server.post("/api/v1/validate?format=json&lang=ja", workbook, TestBridge.XLSX));
        List<BridgeApiTest.Row5> expected = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            expected.add(new BridgeApiTest.Row5(Severity.valueOf(f.get("severity").asText().toUpperCase()).label(),
                    f.path("sheet").asText(""), f.path("cell").asText(""), f.get("ruleId").asText(),
                    BridgeApiTest.oneLine(f.get("message").asText())));
        }
        assertThat(rows).isEqualTo(expected);
        assertThat(rows).extracting(BridgeApiTest.Row5::ruleId).contains("MSF-FLD-0001", "LDS-005");
    }

    @Test
    void a_macro_enabled_workbook_sent_as_the_macro_sends_it_is_validated_too() throws Exception {
        byte[] xlsm = BridgeApiTest.asXlsm(Workbooks.withErrors(), new byte[] {1, 2, 3});

        HttpResponse<byte[]> answer = server.post(pathAndQuery(), xlsm, macro.constants().get("XLSM_TYPE"),
                "Accept-Language", "ja");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(BridgeApiTest.tsvRows(strictUtf8(answer.body()))).extracting(BridgeApiTest.Row5::ruleId).contains("LDS-005");
    }

    @Test
    void a_refused_file_answers_a_problem_whose_detail_the_macro_can_find() throws Exception {
        HttpResponse<byte[]> answer = server.post(pathAndQuery(), HostileFiles.csv(), macro.constants().get("XLSX_TYPE"));

        assertThat(answer.statusCode()).isEqualTo(422);
        String body = strictUtf8(answer.body());
        // what the macro's JsonString looks for: "detail", then a colon, then the string
        assertThat(body).containsPattern("\"detail\" ?: ?\"[^\"]*Excelブック").containsPattern("\"code\" ?: ?\"MSF-IO-1002\"");
    }

    private static Map<String, String> query(URI url) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : url.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return query;
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}

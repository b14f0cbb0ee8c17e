package io.github.medsecforms.bridge;

import static io.github.medsecforms.bridge.TestBridge.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    /** What the macro sends, read from its source: the validation request and the health check. */
    record Macro(String source, Map<String, String> constants, String method, URI url, Map<String, Set<String>> headers,
                 String healthMethod, URI healthUrl) {
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
        Map<String, String> opens = new LinkedHashMap<>();
        Matcher open = Pattern.compile("\\.Open \"(\\w+)\", (\\w+), False").matcher(source);
        while (open.find()) {
            opens.put(open.group(2), open.group(1));
        }
        assertThat(opens).as("the macro's synchronous requests: validation and health check")
                .containsOnlyKeys("VALIDATE_URL", "HEALTH_URL");
        String url = constants.get("VALIDATE_URL");
        Map<String, Set<String>> headers = new LinkedHashMap<>();
        Matcher h = Pattern.compile("setRequestHeader \"([^\"]+)\", (\"[^\"]*\"|\\w+)").matcher(source);
        while (h.find()) {
            headers.computeIfAbsent(h.group(1), k -> new LinkedHashSet<>()).addAll(values(h.group(2), source, constants));
        }
        return new Macro(source, constants, opens.get("VALIDATE_URL"), URI.create(url), headers, opens.get("HEALTH_URL"),
                URI.create(constants.get("HEALTH_URL")));
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

    // ------------------------------------------------------------------ (c) the server started when not running

    @Test
    void the_health_check_of_the_macro_is_answered_by_the_real_server_with_the_text_the_macro_looks_for() throws Exception {
        assertThat(macro.healthMethod()).isEqualTo("GET");
        assertThat(macro.healthUrl().getHost()).isEqualTo(macro.url().getHost());
        assertThat(macro.healthUrl().getPort()).isEqualTo(macro.url().getPort());
        assertThat(macro.healthUrl().getPath()).isEqualTo("/api/v1/health");

        HttpResponse<byte[]> answer = server.get(macro.healthUrl().getRawPath());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(strictUtf8(answer.body())).contains(healthMarkers().toArray(String[]::new));
    }

    @Test
    void the_macro_replayed_finds_no_server_starts_one_that_stops_when_idle_waits_for_its_health_and_validates()
            throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        URI health = atPort(macro.healthUrl(), port);
        // 1. the health check: nothing answers (the macro's NotRunning branch, state 0)
        assertThatThrownBy(() -> healthState(health)).isInstanceOf(java.net.ConnectException.class);

        // 2. the start: what `serve` makes of the macro's SERVE_ARGS (--exit-when-idle 30m), on the free port
        Duration idle = idleOf(macro.constants().get("SERVE_ARGS"));
        assertThat(idle).isEqualTo(Duration.ofMinutes(30));
        try (TestBridge started = TestBridge.start(c -> c.port(port).stopWhenIdle(idle))) {
            // 3. the wait: one health check a second, at most START_TIMEOUT_SECONDS
            int waited = 0;
            int state = 0;
            while (state != 1 && waited < startTimeoutSeconds()) {
                waited++;
                state = healthState(health);
            }
            assertThat(state).as("answered within the macro's timeout").isEqualTo(1);

            // 4. the validation, the macro's exact request
            HttpResponse<byte[]> answer = started.send(HttpRequest.newBuilder(atPort(macro.url(), port))
                    .timeout(Duration.ofSeconds(120))
                    .method(macro.method(), HttpRequest.BodyPublishers.ofByteArray(Workbooks.withErrors()))
                    .header("Content-Type", macro.constants().get("XLSX_TYPE")).header("Accept-Language", "ja").build());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(BridgeApiTest.tsvRows(strictUtf8(answer.body()))).extracting(BridgeApiTest.Row5::ruleId)
                    .contains("LDS-005");
            assertThat(started.bridge.isRunning()).as("30 minutes are far away").isTrue();
        }
    }

    @Test
    void another_program_on_the_port_is_told_apart_from_the_bridge() throws Exception {
        // a plain HTTP server that answers 200 with some other JSON to every request
        try (java.net.ServerSocket other = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> {
                while (!other.isClosed()) {
                    try (java.net.Socket client = other.accept()) {
                        client.getInputStream().read(new byte[8192]);
                        byte[] body = "{\"status\":\"up\"}".getBytes(StandardCharsets.UTF_8);
                        client.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                        client.getOutputStream().write(body);
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            answering.setDaemon(true);
            answering.start();

            assertThat(healthState(atPort(macro.healthUrl(), other.getLocalPort()))).isEqualTo(2);
            assertThat(healthState(server.uri(macro.healthUrl().getRawPath()))).isEqualTo(1);
        }
    }

    @Test
    void the_macro_starts_the_windows_launcher_of_its_folder_hidden_without_waiting_and_shows_its_progress() {
        String src = macro.source();
        // the one setting: a constant at the top, else the environment variable
        assertThat(macro.constants()).containsEntry("MEDSEC_FORMS_FOLDER", "");
        assertThat(src.indexOf("Private Const MEDSEC_FORMS_FOLDER")).isLessThan(src.indexOf("Private Const VALIDATE_URL"));
        assertThat(src).contains("Environ$(\"MEDSEC_FORMS_HOME\")").contains("folder & \"\\medsec-forms.cmd\"");
        assertThat(macro.constants().get("SERVE_ARGS")).isEqualTo("serve --exit-when-idle 30m");
        // the command line: cmd.exe runs the launcher itself, so the macro starts exactly what the launcher runs
        assertThat(launcherCommand("C:\\medsec-forms-0.1.0\\medsec-forms.cmd", macro.constants().get("SERVE_ARGS")))
                .isEqualTo("cmd.exe /c \"\"C:\\medsec-forms-0.1.0\\medsec-forms.cmd\" serve --exit-when-idle 30m\"");
        // hidden (window style 0), not waited for; the Java check waits for its exit code
        assertThat(src).contains("wsh.Run LauncherCommand(launcher, SERVE_ARGS), 0, False")
                .contains("code = wsh.Run(LauncherCommand(launcher, \"--version\"), 0, True)")
                .contains("CreateObject(\"WScript.Shell\")");
        // a visible status while waiting, cleared on every way out, and a bounded wait
        assertThat(src).contains("Application.StatusBar = \"medsec-forms のサーバーを起動しています... \"")
                .contains("For waited = 1 To START_TIMEOUT_SECONDS").contains("Application.Wait Now + TimeSerial(0, 0, 1)");
        String ensure = src.substring(src.indexOf("Private Function EnsureServer"), src.indexOf("End Function",
                src.indexOf("Private Function EnsureServer")));
        // from the first status on, every way out (each Exit Function and the error handler's end) clears it
        String afterStatus = ensure.substring(ensure.indexOf("Application.StatusBar = \""));
        assertThat(count(afterStatus, "Application.StatusBar = False")).isEqualTo(count(afterStatus, "Exit Function") + 1);
        assertThat(startTimeoutSeconds()).isBetween(30, 180);
        // the validation waits for the server first
        assertThat(src.indexOf("If Not EnsureServer() Then Exit Sub")).isPositive()
                .isLessThan(src.indexOf("wb.SaveCopyAs tempPath"));
    }

    /** The macro's ServerState for the answer at {@code health}: 1 the bridge, 2 another program; throws if none. */
    private static int healthState(URI health) throws Exception {
        HttpResponse<byte[]> r = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                .send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        String body = strictUtf8(r.body());
        return r.statusCode() == 200 && healthMarkers().stream().allMatch(body::contains) ? 1 : 2;
    }

    /** The texts ServerState looks for in the health answer, from the VBA literals of its InStr calls. */
    private static List<String> healthMarkers() {
        String src = macro.source();
        String state = src.substring(src.indexOf("Private Function ServerState"), src.indexOf("End Function",
                src.indexOf("Private Function ServerState")));
        Matcher m = Pattern.compile("InStr\\(1, answer, \"((?:[^\"]|\"\")*)\"\\)").matcher(state);
        List<String> markers = new ArrayList<>();
        while (m.find()) {
            markers.add(m.group(1).replace("\"\"", "\""));
        }
        assertThat(markers).as("ServerState's InStr").containsExactly("\"status\"", "\"ok\"");
        return markers;
    }

    private static int startTimeoutSeconds() {
        Matcher m = Pattern.compile("Private Const START_TIMEOUT_SECONDS As Long = (\\d+)").matcher(macro.source());
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** {@code serve --exit-when-idle 30m} → 30 minutes (the short forms the CLI reads). */
    private static Duration idleOf(String serveArgs) {
        Matcher m = Pattern.compile("^serve --exit-when-idle (\\d+)([smh])$").matcher(serveArgs);
        assertThat(m.matches()).as(serveArgs).isTrue();
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    /** Evaluates the macro's LauncherCommand expression (string literals and the two parameters joined by &amp;). */
    static String launcherCommand(String launcher, String args) {
        Matcher m = Pattern.compile("(?m)^\\s*LauncherCommand = (.+)$").matcher(macro.source());
        assertThat(m.find()).isTrue();
        StringBuilder out = new StringBuilder();
        Matcher part = Pattern.compile("\\s*(\"(?:[^\"]|\"\")*\"|\\w+)\\s*(&|$)").matcher(m.group(1).strip());
        while (part.find()) {
            String p = part.group(1);
            out.append(switch (p) {
                case "launcher" -> launcher;
                case "args" -> args;
                default -> {
                    assertThat(p).startsWith("\"");
                    yield p.substring(1, p.length() - 1).replace("\"\"", "\"");
                }
            });
            if (part.group(2).isEmpty()) {
                break;
            }
        }
        return out.toString();
    }

    private static URI atPort(URI uri, int port) {
        return URI.create(uri.getScheme() + "://" + uri.getHost() + ":" + port + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
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

package io.github.medsecforms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** {@code medsec-forms serve} as a real process: it prints its URL, serves, and stops on a signal. */
class ServeProcessIT {
    private static final Path ROOT = Path.of(System.getProperty("medsec.root.dir", "..")).toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("medsec.cli.jar", "target/medsec-forms-all.jar"));
    private static final Pattern URL = Pattern.compile("medsec-forms ローカルブリッジを起動しました: (http://127\\.0\\.0\\.1:\\d+/)");

    @Test
    void serve_prints_the_url_in_japanese_serves_the_page_and_the_api_and_stops_on_a_signal() throws Exception {
        String err = assertServes(List.of(java(), "-jar", JAR.toString(), "serve", "--port", "0", "--as-of", "2025-03-31"));

        // one line per request, nothing else (no Javalin or Jetty start-up chatter, nothing of the content)
        assertThat(err.lines().filter(l -> !l.isBlank()).toList()).hasSize(2)
                .allSatisfy(l -> assertThat(l).matches("\\d{2}:\\d{2}:\\d{2} INFO (GET|POST) /\\S* \\d{3} \\d+ms"));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void the_launcher_starts_the_bridge_from_any_directory() throws Exception {
        assertServes(List.of(ROOT.resolve("medsec-forms").toString(), "serve", "--port", "0"));
    }

    @Test
    void serve_with_exit_when_idle_exits_0_after_the_idle_time_without_a_request_and_not_before() throws Exception {
        Duration idle = Duration.ofSeconds(2);
        Process p = start(List.of(java(), "-jar", JAR.toString(), "serve", "--port", "0", "--exit-when-idle", "2s"));
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = CompletableFuture.supplyAsync(() -> readLines(out, 4)).get(5, TimeUnit.MINUTES);
            Matcher m = URL.matcher(lines.get(0));
            assertThat(m.matches()).as(lines.get(0)).isTrue();
            assertThat(lines.get(3)).isEqualTo("2s のあいだ要求がなければ停止します。");
            URI health = URI.create(m.group(1)).resolve("/api/v1/health");
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            // requests half a second apart for twice the idle time keep it running
            long until = System.nanoTime() + idle.multipliedBy(2).toNanos();
            while (System.nanoTime() < until) {
                assertThat(client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode()).isEqualTo(200);
                assertThat(p.isAlive()).isTrue();
                Thread.sleep(500);
            }
            assertThat(client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(200);
            long lastRequest = System.nanoTime();

            assertThat(p.waitFor(1, TimeUnit.MINUTES)).as("exits when idle").isTrue();
            Duration quiet = Duration.ofNanos(System.nanoTime() - lastRequest);

            assertThat(quiet).isGreaterThanOrEqualTo(idle).isLessThan(idle.plusSeconds(20));
            assertThat(p.exitValue()).isZero();
            assertThat(readLines(out, 1)).containsExactly("2s のあいだ要求がなかったため停止しました。");
        } finally {
            p.destroyForcibly();
        }
    }

    private static List<String> readLines(BufferedReader in, int count) {
        List<String> lines = new ArrayList<>();
        try {
            for (String line; lines.size() < count && (line = in.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    @Test
    void a_host_beyond_loopback_without_a_token_exits_2_with_a_japanese_message() throws Exception {
        Process p = start(List.of(java(), "-jar", JAR.toString(), "serve", "--host", "0.0.0.0", "--port", "0"));
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String err = stderr(p);

        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err).contains("MSF-HTTP-1101").contains("トークンが必要です");
    }

    /** Starts {@code command}, checks what it prints and serves, stops it; returns its standard error. */
    private static String assertServes(List<String> command) throws Exception {
        Process p = start(command);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<List<String>> firstLines = CompletableFuture.supplyAsync(() -> {
                List<String> lines = new ArrayList<>();
                try {
                    for (String line; lines.size() < 3 && (line = out.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return lines;
            });
            List<String> lines = firstLines.get(5, TimeUnit.MINUTES);
            assertThat(lines).as("stdout").hasSize(3);
            Matcher m = URL.matcher(lines.get(0));
            assertThat(m.matches()).as(lines.get(0)).isTrue();
            assertThat(lines.get(2)).isEqualTo("停止するには Ctrl+C を押してください。");
            URI url = URI.create(m.group(1));

            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(url.resolve("/api/v1/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("medsec-forms 様式チェック");
            assertThat(health.body()).contains("\"ok\"");
        } finally {
            p.destroy(); // SIGTERM: the shutdown hook stops the bridge
            if (!p.waitFor(1, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("serve did not stop on SIGTERM");
            }
        }
        return stderr(p);
    }

    /** Standard error, kept in a file: destroying a process closes its pipes. */
    private static String stderr(Process p) throws IOException {
        return Files.readString(ERRORS.get(p), StandardCharsets.UTF_8);
    }

    private static final java.util.Map<Process, Path> ERRORS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Process start(List<String> command) throws IOException {
        Path dir = Files.createTempDirectory("medsec-forms-serve");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile()).redirectError(err.toFile());
        pb.environment().remove("MEDSEC_FORMS_LANG");
        pb.environment().remove("MEDSEC_FORMS_TOKEN");
        Process p = pb.start();
        ERRORS.put(p, err);
        p.getOutputStream().close();
        return p;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

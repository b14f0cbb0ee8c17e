package io.github.medsecforms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution zip made by the build (cli/target/medsec-forms-&lt;version&gt;.zip), unzipped into an empty folder and
 * run with a PATH that holds nothing but java: no Maven, no sources (docs/distribution.md). With the profile
 * linux-image, the self-contained image is run with no Java at all.
 */
@DisabledOnOs(OS.WINDOWS)
class DistributionIT {
    private static final Path ZIP = Path.of(System.getProperty("medsec.dist.zip", "target/medsec-forms.zip"));
    private static final Pattern URL = Pattern.compile("medsec-forms ローカルブリッジを起動しました: (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    static Path temp;
    private static Path home;
    private static Path javaOnly;

    record Result(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void unzip() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("empty"));
        Map<String, Integer> modes = unixModes(ZIP);
        try (ZipFile zip = new ZipFile(ZIP.toFile(), StandardCharsets.UTF_8)) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                Path target = folder.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(folder)).as(entry.getName()).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                // as unzip does: the file's mode from the zip
                int mode = modes.getOrDefault(entry.getName(), 0644) & 0777;
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(rwx(mode)));
            }
        }
        try (var top = Files.list(folder)) {
            home = top.findFirst().orElseThrow();
        }
        javaOnly = Files.createDirectory(temp.resolve("java-only"));
        Files.createSymbolicLink(javaOnly.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    @Test
    void the_zip_holds_one_folder_with_the_jar_the_launchers_the_macro_the_read_me_and_a_template_of_every_form()
            throws IOException {
        assertThat(home.getFileName().toString()).matches("medsec-forms-\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(home.resolve("lib/medsec-forms-all.jar")).isRegularFile();
        assertThat(home.resolve("medsec-forms")).isExecutable();
        assertThat(home.resolve("medsec-forms.cmd")).isRegularFile();
        assertThat(home.resolve("検証サーバーを起動.cmd")).isRegularFile();
        assertThat(home.resolve("はじめにお読みください.txt")).isRegularFile();
        assertThat(home.resolve("excel/MedsecFormsBridge.bas")).isRegularFile();
        assertThat(home.resolve("excel/README.md")).isRegularFile();
        for (FormDescriptor form : FormRegistry.forms()) {
            assertThat(home.resolve("templates/" + form.id() + ".xlsx")).isRegularFile();
        }
        // the files are the repository's, byte for byte (no line-end or encoding conversion)
        Path root = Path.of(System.getProperty("medsec.root.dir", "..")).toAbsolutePath().normalize();
        assertThat(home.resolve("medsec-forms.cmd")).hasSameBinaryContentAs(root.resolve("cli/src/dist/medsec-forms.cmd"));
        assertThat(home.resolve("検証サーバーを起動.cmd")).hasSameBinaryContentAs(root.resolve("cli/src/dist/検証サーバーを起動.cmd"));
        assertThat(home.resolve("excel/MedsecFormsBridge.bas"))
                .hasSameBinaryContentAs(root.resolve("examples/excel/MedsecFormsBridge.bas"));
        // Japanese names carry the zip's UTF-8 flag (Windows' Explorer then reads them right)
        Map<String, Integer> flags = generalPurposeFlags(ZIP);
        assertThat(flags).isNotEmpty();
        flags.forEach((name, flag) -> {
            if (!StandardCharsets.US_ASCII.newEncoder().canEncode(name)) {
                assertThat(flag & 0x0800).as(name).isEqualTo(0x0800);
            }
        });
    }

    @Test
    void forms_runs_with_a_path_holding_only_java() throws Exception {
        Result r = run(List.of("./medsec-forms", "forms"), Map.of("PATH", javaOnly.toString()));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(FormRegistry.forms().size() + 1);
        assertThat(r.out()).contains("line-device-survey", "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validate_of_a_shipped_template_reports_its_empty_required_fields() throws Exception {
        Result r = run(List.of("./medsec-forms", "validate", "templates/support-request.xlsx", "--as-of", "2025-03-31"),
                Map.of("PATH", javaOnly.toString()));

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("templates/support-request.xlsx (support-request): エラーあり", "SRQ-009",
                "合計: ファイル 1 件");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void serve_started_as_the_excel_macro_starts_it_answers_health_and_validates_and_stops_on_a_signal() throws Exception {
        // the macro's arguments (examples/excel: SERVE_ARGS), on a free port instead of 7070
        String bas = new String(Files.readAllBytes(home.resolve("excel/MedsecFormsBridge.bas")), Charset.forName("windows-31j"));
        Matcher serveArgs = Pattern.compile("Private Const SERVE_ARGS As String = \"([^\"]*)\"").matcher(bas);
        assertThat(serveArgs.find()).isTrue();
        List<String> command = new ArrayList<>(List.of("./medsec-forms"));
        command.addAll(List.of(serveArgs.group(1).split(" ")));
        command.addAll(List.of("--port", "0"));

        Process p = start(command, Map.of("PATH", javaOnly.toString()));
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).get(2, TimeUnit.MINUTES);
            Matcher m = URL.matcher(String.valueOf(first));
            assertThat(m.matches()).as(first).isTrue();
            URI url = URI.create(m.group(1));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            HttpResponse<String> health = client.send(HttpRequest.newBuilder(url.resolve("/api/v1/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> validate = client.send(HttpRequest.newBuilder(url.resolve("/api/v1/validate?format=tsv&lang=ja"))
                    .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .POST(HttpRequest.BodyPublishers.ofFile(home.resolve("templates/support-request.xlsx"))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"ok\"");
            assertThat(validate.statusCode()).isEqualTo(200);
            assertThat(validate.body()).contains("SRQ-009");
        } finally {
            p.destroy();
            if (!p.waitFor(1, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("serve did not stop on SIGTERM");
            }
        }
    }

    @Test
    void without_java_the_launcher_says_in_japanese_what_to_do_and_exits_3() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("nothing"));
        Path old = Files.createDirectories(temp.resolve("old-java"));
        Path fake = old.resolve("java");
        Files.writeString(fake, "#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));

        Result none = run(List.of("./medsec-forms", "forms"), Map.of("PATH", empty.toString(), "MEDSEC_FORMS_JAVA_DIRS", ""));
        Result tooOld = run(List.of("./medsec-forms", "forms"), Map.of("PATH", old.toString(), "MEDSEC_FORMS_JAVA_DIRS", ""));

        assertThat(none.exitCode()).isEqualTo(3);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("Java 17 以上が見つかりません", "https://adoptium.net/ja/", "JAVA_HOME")
                .doesNotContain("古すぎます");
        assertThat(tooOld.exitCode()).isEqualTo(3);
        assertThat(tooOld.err()).contains("見つかった Java は古すぎます: " + fake + " (11)");
    }

    @Test
    void the_launcher_finds_java_in_the_usual_install_folders_and_through_a_link_to_itself() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("nothing-either"));
        // e.g. /usr/lib/jvm holding java-17-openjdk-amd64/bin/java
        Path javaHome = Path.of(System.getProperty("java.home")).toRealPath();
        Path installs = Files.createDirectories(temp.resolve("installs"));
        Files.createSymbolicLink(installs.resolve("jdk-17"), javaHome);
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("medsec-forms"), home.resolve("medsec-forms"));
        Path readlink = Path.of("/usr/bin/readlink");
        Files.createSymbolicLink(empty.resolve("readlink"), Files.exists(readlink) ? readlink : Path.of("/bin/readlink"));

        Result r = run(List.of(bin.resolve("medsec-forms").toString(), "--version"),
                Map.of("PATH", empty.toString(), "MEDSEC_FORMS_JAVA_DIRS", installs.toString()));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("medsec-forms ");
    }

    @Test
    @EnabledIfSystemProperty(named = "medsec.dist.image", matches = ".+")
    void the_linux_image_runs_with_no_java_anywhere_and_gives_what_the_jdk_gives() throws Exception {
        Path image = Files.createDirectory(temp.resolve("image"));
        Process tar = new ProcessBuilder("tar", "-xzf", System.getProperty("medsec.dist.image"), "-C", image.toString())
                .inheritIO().start();
        assertThat(tar.waitFor(2, TimeUnit.MINUTES) && tar.exitValue() == 0).isTrue();
        Path imageHome;
        try (var top = Files.list(image)) {
            imageHome = top.findFirst().orElseThrow();
        }
        assertThat(imageHome.resolve("runtime/bin/java")).isExecutable();
        Path empty = Files.createDirectories(temp.resolve("no-java"));
        Map<String, String> noJava = Map.of("PATH", empty.toString(), "MEDSEC_FORMS_JAVA_DIRS", "");
        Path fixtures = Path.of(System.getProperty("medsec.root.dir", "..")).toAbsolutePath()
                .resolve("forms-xlsx/src/test/resources/fixtures/libreoffice");
        List<String> validate = List.of("validate", fixtures.toString(), "--as-of", "2025-03-31");

        Result forms = run(imageHome, List.of("./medsec-forms", "forms"), noJava);
        Result fromImage = run(imageHome, concat("./medsec-forms", validate), noJava);
        Result fromJdk = run(home, concat("./medsec-forms", validate), Map.of("PATH", javaOnly.toString()));

        assertThat(forms.exitCode()).as(forms.err()).isZero();
        assertThat(forms.out().lines()).hasSize(FormRegistry.forms().size() + 1);
        assertThat(fromImage).isEqualTo(fromJdk);
        assertThat(fromImage.out()).contains("合計: ファイル 18 件");
    }

    // ------------------------------------------------------------------ helpers

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static Result run(List<String> command, Map<String, String> env) throws Exception {
        return run(home, command, env);
    }

    private static Result run(Path dir, List<String> command, Map<String, String> env) throws Exception {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        environment(pb, env);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Process start(List<String> command, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile())
                .redirectError(Files.createTempFile(temp, "serve-err", ".txt").toFile());
        environment(pb, env);
        Process p = pb.start();
        p.getOutputStream().close();
        return p;
    }

    /** Nothing of the build's environment: no JAVA_HOME, no Maven, only what the test gives (and HOME). */
    private static void environment(ProcessBuilder pb, Map<String, String> env) {
        String userHome = System.getProperty("user.home");
        pb.environment().clear();
        pb.environment().put("HOME", userHome);
        pb.environment().putAll(env);
    }

    private static String rwx(int mode) {
        StringBuilder s = new StringBuilder();
        for (int shift = 6; shift >= 0; shift -= 3) {
            int bits = mode >> shift;
            s.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-').append((bits & 1) != 0 ? 'x' : '-');
        }
        return s.toString();
    }

    /** The Unix mode of each entry, from the central directory's external attributes (what unzip restores). */
    private static Map<String, Integer> unixModes(Path zip) throws IOException {
        Map<String, Integer> modes = new LinkedHashMap<>();
        centralDirectory(zip, (name, flags, external) -> modes.put(name, external >>> 16));
        return modes;
    }

    private static Map<String, Integer> generalPurposeFlags(Path zip) throws IOException {
        Map<String, Integer> flags = new LinkedHashMap<>();
        centralDirectory(zip, (name, flag, external) -> flags.put(name, flag));
        return flags;
    }

    interface EntryVisitor {
        void visit(String name, int flags, int externalAttributes);
    }

    /** Walks the central directory (no ZIP64: the distribution is far below 4 GiB and 65,535 entries). */
    private static void centralDirectory(Path zip, EntryVisitor visitor) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = b.limit() - 22;
        while (eocd >= 0 && b.getInt(eocd) != 0x06054b50) {
            eocd--;
        }
        assertThat(eocd).as("end of central directory").isNotNegative();
        int entries = Short.toUnsignedInt(b.getShort(eocd + 10));
        int at = b.getInt(eocd + 16);
        for (int i = 0; i < entries; i++) {
            assertThat(b.getInt(at)).isEqualTo(0x02014b50);
            int flags = Short.toUnsignedInt(b.getShort(at + 8));
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
            int external = b.getInt(at + 38);
            byte[] name = new byte[nameLength];
            b.get(at + 46, name);
            visitor.visit(new String(name, StandardCharsets.UTF_8), flags, external);
            at += 46 + nameLength + extraLength + commentLength;
        }
    }
}

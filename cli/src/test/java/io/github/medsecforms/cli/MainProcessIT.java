package io.github.medsecforms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Runs the shaded jar and the launcher as real processes (failsafe, after {@code package}). */
class MainProcessIT {
    private static final Path ROOT = Path.of(System.getProperty("medsec.root.dir", "..")).toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("medsec.cli.jar", "target/medsec-forms-all.jar"));

    record Result(int exitCode, String out, String err) {
    }

    @Test
    void the_runnable_jar_lists_the_forms_in_japanese() throws Exception {
        Result r = run(List.of(java(), "-jar", JAR.toString(), "forms"));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(10);
        assertThat(r.out()).contains("line-device-survey", "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）");
    }

    @Test
    void the_runnable_jar_exits_2_on_an_unknown_form_id() throws Exception {
        Result r = run(List.of(java(), "-jar", JAR.toString(), "forms", "nope"));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("フォームID「nope」はありません");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void the_launcher_runs_from_another_directory() throws Exception {
        Result r = run(List.of(ROOT.resolve("medsec-forms").toString(), "--version"));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("medsec-forms ");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void the_launcher_keeps_a_class_data_archive_next_to_the_jar_and_prints_what_the_jar_prints() throws Exception {
        Path jar = ROOT.resolve("cli/target/medsec-forms-all.jar");
        Path jsa = ROOT.resolve("cli/target/medsec-forms-all.jsa");
        List<String> args = List.of("validate", ROOT.resolve("forms-xlsx/src/test/resources/fixtures/libreoffice")
                .toString(), "--as-of", "2025-03-31");
        List<String> launcher = new ArrayList<>(List.of(ROOT.resolve("medsec-forms").toString()));
        launcher.addAll(args);
        List<String> plain = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        plain.addAll(args);

        Result first = run(launcher);
        Result second = run(launcher);
        Result expected = run(plain);

        assertThat(jsa).isRegularFile();
        assertThat(Files.getLastModifiedTime(jsa)).isGreaterThan(Files.getLastModifiedTime(jar));
        assertThat(first).isEqualTo(expected);
        assertThat(second).isEqualTo(expected);
        assertThat(expected.out()).contains("合計: ファイル 18 件");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("medsec-forms-it");
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("MEDSEC_FORMS_LANG");
        pb.environment().remove("MEDSEC_FORMS_CDS");
        pb.environment().remove("MEDSEC_FORMS_JAVA_OPTS");
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}

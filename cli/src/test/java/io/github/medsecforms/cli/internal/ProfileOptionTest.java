package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medsecforms.xlsx.testing.ProfileWorkbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --profile FILE} on the commands that read workbooks, with the worked example of docs/profiles.md and the
 * workbook it was written for; a profile that cannot be used stops the command with its coded reason, exit 2.
 */
class ProfileOptionTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    static Path example() {
        return Repository.root().resolve("docs/profiles/support-request-example.yaml");
    }

    private Path workbook() throws Exception {
        return Files.write(dir.resolve("回答.xlsx"), ProfileWorkbooks.example());
    }

    @Test
    void read_with_the_worked_example_reads_the_local_label_the_option_wording_and_the_cell() throws Exception {
        Path file = workbook();

        Run without = Run.of("read", file.toString());
        Run with = Run.of("read", file.toString(), "--profile", example().toString());

        assertThat(with.exitCode()).as(with.err()).isZero();
        JsonNode plain = MAPPER.readTree(without.out());
        JsonNode read = MAPPER.readTree(with.out());
        assertThat(plain.has("hospitalCode")).isFalse();
        assertThat(plain.has("phoneNumber")).isFalse();
        assertThat(read.get("hospitalCode").asText()).isEqualTo(ProfileWorkbooks.CODE);
        assertThat(read.get("phoneNumber").asText()).isEqualTo(ProfileWorkbooks.PHONE);
        assertThat(read.get("dataUse").asText()).isEqualTo("ALLOWED");
    }

    @Test
    void read_explain_says_which_values_came_from_the_profile() throws Exception {
        Run run = Run.of("read", workbook().toString(), "--explain", "--profile", example().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("医療機関コード +3710112347 +回答!B3 +layout profile label, value to the right")
                .containsPattern("電話番号 +087-832-3319 +回答!D12 +layout profile cell \\(cells.phoneNumber of ○○県 回答様式（県独自版）\\)");
    }

    @Test
    void validate_with_the_profile_no_longer_reports_what_only_the_profile_could_place() throws Exception {
        Path file = workbook();

        Run without = Run.of("validate", file.toString(), "--format", "json", "--as-of", "2025-03-31");
        Run with = Run.of("validate", file.toString(), "--format", "json", "--as-of", "2025-03-31",
                "--profile", example().toString());

        assertThat(with.exitCode()).as(with.err()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
        assertThat(paths(without)).contains("hospitalCode", "phoneNumber", "dataUse");
        assertThat(paths(with)).doesNotContain("hospitalCode", "phoneNumber", "dataUse");
    }

    @Test
    void a_profile_with_an_unknown_key_stops_validate_with_the_key_its_line_and_the_file() throws Exception {
        Path bad = Files.writeString(dir.resolve("県版.yaml"), "form: support-request\nlables:\n  hospitalCode: 当院コード\n");

        Run run = Run.of("validate", workbook().toString(), "--profile", bad.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("MSF-IO-5003", "「lables」", "2行1列", "県版.yaml", "docs/profiles.md")
                .doesNotContain("内部エラー", "\tat ", "Exception");
    }

    @Test
    void a_malformed_profile_stops_read_in_english_too() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "form: support-request\nlabels: [当院コード\n");

        Run run = Run.of("--lang", "en", "read", workbook().toString(), "--profile", bad.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("MSF-IO-5002", "cannot be read as YAML or JSON", "bad.yaml",
                "How to write a layout profile").doesNotContain("\tat ");
    }

    @Test
    void a_profile_naming_a_path_the_form_lacks_stops_annotate() throws Exception {
        Path bad = Files.writeString(dir.resolve("p.yaml"), "form: support-request\ncells:\n  lines[].globalIpAddress: 回答!C7\n");

        Run run = Run.of("annotate", workbook().toString(), "-o", dir.resolve("out.xlsx").toString(), "--profile",
                bad.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("MSF-IO-5015", "cells「lines[].globalIpAddress」");
        assertThat(dir.resolve("out.xlsx")).doesNotExist();
    }

    @Test
    void a_missing_profile_file_or_a_folder_is_a_usage_error() throws Exception {
        Path file = workbook();

        Run missing = Run.of("validate", file.toString(), "--profile", dir.resolve("ない.yaml").toString());
        Run folder = Run.of("read", file.toString(), "--profile", dir.toString());

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("MSF-CLI-0001", "ない.yaml");
        assertThat(folder.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(folder.err()).contains("MSF-CLI-0015", "YAML");
    }

    @Test
    void a_profile_file_saved_in_shift_jis_is_read() throws Exception {
        Path sjis = Files.write(dir.resolve("sjis.yaml"), Files.readString(example(), StandardCharsets.UTF_8)
                .getBytes(java.nio.charset.Charset.forName("windows-31j")));

        Run run = Run.of("read", workbook().toString(), "--profile", sjis.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(MAPPER.readTree(run.out()).get("hospitalCode").asText()).isEqualTo(ProfileWorkbooks.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "import", "annotate", "package", "render", "read"})
    void every_command_that_reads_workbooks_offers_profile_in_its_help(String command) {
        Run run = Run.of(command, "--help");

        assertThat(run.out()).contains("--profile=<profile.yaml>", "レイアウトプロファイル");
    }

    private static List<String> paths(Run run) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode f : MAPPER.readTree(run.out()).get("reports").get(0).get("findings")) {
            out.add(f.get("path").asText());
        }
        return out;
    }
}

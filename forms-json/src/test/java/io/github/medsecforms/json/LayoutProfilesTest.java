package io.github.medsecforms.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.LayoutProfile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layout profiles read from YAML and JSON: the worked example, and every way a file can be wrong, each coded. */
class LayoutProfilesTest {
    @TempDir
    Path dir;

    static Path example() {
        return TestDocs.dir().resolve("profiles").resolve("support-request-example.yaml");
    }

    @Test
    void the_worked_example_of_docs_profiles_md_is_read_with_every_section() {
        LayoutProfile p = LayoutProfiles.read(example());

        assertThat(p.formId()).isEqualTo("support-request");
        assertThat(p.name()).isEqualTo("○○県 回答様式（県独自版）");
        assertThat(p.description()).contains("当院コード");
        assertThat(p.sheets()).containsExactly(Map.entry("回答様式", "回答"));
        assertThat(p.labels()).containsExactly(Map.entry("hospitalCode", List.of("当院コード")),
                Map.entry("contact1", List.of("主担当者", "事務担当者")),
                Map.entry("dataUse", List.of("回答データの県・国での利用")));
        assertThat(p.choices()).containsExactly(Map.entry("可", List.of("差し支えない")),
                Map.entry("不可", List.of("差し支えある")));
        assertThat(p.cells()).containsExactly(Map.entry("phoneNumber", new LayoutProfile.CellAddress("回答", "D12")));
    }

    @Test
    void the_worked_example_in_docs_profiles_md_is_the_example_file() throws Exception {
        String page = Files.readString(TestDocs.dir().resolve("profiles.md"));
        String file = Files.readString(example());

        assertThat(page).as("docs/profiles.md shows docs/profiles/support-request-example.yaml as it is")
                .contains("```yaml\n" + file + "```");
    }

    @Test
    void json_reads_to_the_same_profile_as_yaml() {
        String json = """
                {"form": "support-request", "name": "○○県 回答様式（県独自版）",
                 "description": "シート名が「回答」、医療機関コードの見出しが「当院コード」、電話番号は見出しなしで D12 に書く様式。",
                 "sheets": {"回答様式": "回答"},
                 "labels": {"hospitalCode": "当院コード", "contact1": ["主担当者", "事務担当者"],
                            "dataUse": ["回答データの県・国での利用"]},
                 "choices": {"可": "差し支えない", "不可": ["差し支えある"]},
                 "cells": {"phoneNumber": "回答!D12"}}
                """;

        assertThat(LayoutProfiles.read(json)).isEqualTo(LayoutProfiles.read(example()));
    }

    @Test
    void words_are_kept_as_written_never_read_as_yes_no_or_numbers() {
        LayoutProfile p = LayoutProfiles.read("""
                form: support-request
                sheets:
                  回答様式: 001
                choices:
                  はい: [yes, on, Y, true]
                  いいえ: no
                """);

        assertThat(p.sheets()).containsEntry("回答様式", "001");
        assertThat(p.choices().get("はい")).containsExactly("yes", "on", "Y", "true");
        assertThat(p.choices().get("いいえ")).containsExactly("no");
    }

    @Test
    void a_file_saved_in_shift_jis_or_with_a_byte_order_mark_is_read() throws Exception {
        String text = "form: support-request\nlabels:\n  hospitalCode: 当院コード\n";
        Path sjis = Files.write(dir.resolve("sjis.yaml"), text.getBytes(Charset.forName("windows-31j")));
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);

        assertThat(LayoutProfiles.read(sjis).labels().get("hospitalCode")).containsExactly("当院コード");
        assertThat(LayoutProfiles.read(bom).labels().get("hospitalCode")).containsExactly("当院コード");
    }

    @Test
    void an_unknown_key_is_refused_with_the_key_its_line_and_the_keys_allowed() {
        assertCoded(() -> LayoutProfiles.read("form: support-request\nlables:\n  hospitalCode: 当院コード\n"),
                "MSF-IO-5003", "lables", 2, "「lables」があります（使える項目: name, description, form, sheets, labels, choices, cells）");
    }

    @Test
    void a_path_the_form_does_not_have_is_refused_at_its_line() {
        assertCoded(() -> LayoutProfiles.read("form: support-request\nlabels:\n  hospitalCode: 当院コード\n"
                + "  hospitalcode: コード番号\n"), "MSF-IO-5013", "labels.hospitalcode", 4, "hospitalcode");
        assertCoded(() -> LayoutProfiles.read("form: support-request\nsheets:\n  回答: Sheet1\n"), "MSF-IO-5012",
                "sheets.回答", 3, "回答様式");
        assertCoded(() -> LayoutProfiles.read("form: support-request\ncells:\n  phoneNumber: D12\n"), "MSF-IO-5016",
                "cells.phoneNumber", 3, "D12");
        assertCoded(() -> LayoutProfiles.read("form: support-reqest\n"), "MSF-IO-5011", "form", 1, "support-reqest");
        assertCoded(() -> LayoutProfiles.read("name: 県版\n"), "MSF-IO-5010", "form", 0, "support-request");
    }

    @Test
    void malformed_yaml_and_json_are_refused_with_their_line() {
        assertCoded(() -> LayoutProfiles.read("form: support-request\nlabels:\n  hospitalCode: [当院コード\n"),
                "MSF-IO-5002", null, 0, "YAML");
        assertCoded(() -> LayoutProfiles.read("form: support-request\n labels: x\n"), "MSF-IO-5002", null, 2, "YAML");
        assertCoded(() -> LayoutProfiles.read("{\"form\": \"support-request\",\n \"labels\": }"), "MSF-IO-5002",
                null, 2, "JSON");
        assertCoded(() -> LayoutProfiles.read("{\"form\": \"support-request\"} trailing"), "MSF-IO-5002", null, 0,
                "JSON");
    }

    @Test
    void a_key_given_twice_is_refused_rather_than_one_silently_winning() {
        assertCoded(() -> LayoutProfiles.read("form: support-request\nlabels:\n  hospitalCode: A\n  hospitalCode: B\n"),
                "MSF-IO-5002", null, 0, "hospitalCode");
        assertCoded(() -> LayoutProfiles.read("{\"form\": \"support-request\", \"form\": \"support-request\"}"),
                "MSF-IO-5002", null, 0, "form");
    }

    @Test
    void an_entry_of_the_wrong_shape_is_refused_saying_what_it_must_be() {
        assertCoded(() -> LayoutProfiles.read("form: support-request\nlabels:\n  - 当院コード\n"), "MSF-IO-5004",
                "labels", 2, "「キー: 値」");
        assertCoded(() -> LayoutProfiles.read("form: support-request\nlabels:\n  hospitalCode:\n    x: y\n"),
                "MSF-IO-5004", "labels.hospitalCode", 3, "文字列の一覧");
        assertCoded(() -> LayoutProfiles.read("form: [support-request]\n"), "MSF-IO-5004", "form", 1, "文字列");
        assertCoded(() -> LayoutProfiles.read("- form\n- labels\n"), "MSF-IO-5004", null, 1, "ファイル全体");
        assertCoded(() -> LayoutProfiles.read("form: support-request\nlabels:\n  hospitalCode:\n"), "MSF-IO-5008",
                "labels.hospitalCode", 3, "labels.hospitalCode");
    }

    @Test
    void an_empty_file_is_refused() {
        assertCoded(() -> LayoutProfiles.read(""), "MSF-IO-5005", null, 0, "form");
        assertCoded(() -> LayoutProfiles.read("# 何もない\n"), "MSF-IO-5005", null, 0, "form");
    }

    @Test
    void a_file_over_256_kib_is_refused_before_it_is_parsed() throws Exception {
        byte[] big = ("form: support-request\n# " + "あ".repeat(LayoutProfiles.MAX_BYTES / 3) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("big.yaml"), big);

        assertCoded(() -> LayoutProfiles.read(big), "MSF-IO-5001", null, 0, "262144");
        assertCoded(() -> LayoutProfiles.read(file), "MSF-IO-5001", null, 0, "big.yaml");
    }

    @Test
    void yaml_aliases_cannot_blow_a_small_file_up() {
        StringBuilder yaml = new StringBuilder("form: support-request\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(prev).append(", *").append(prev).append(", *")
                    .append(prev).append(", *").append(prev).append(", *").append(prev).append("]\n");
        }

        assertThatThrownBy(() -> LayoutProfiles.read(yaml.toString())).isInstanceOfSatisfying(FormIoException.class,
                e -> assertThat(e.code()).isIn("MSF-IO-5002", "MSF-IO-5003"));
    }

    @Test
    void any_text_is_a_profile_or_a_coded_failure_never_another_exception() throws Exception {
        byte[] seed = Files.readAllBytes(example());
        byte[] alphabet = ":-[]{}&*!|>'\"#%@`,? \t\n".getBytes(StandardCharsets.UTF_8);
        java.util.Random random = new java.util.Random(16);
        int read = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] b = java.util.Arrays.copyOf(seed, 1 + random.nextInt(seed.length));
            for (int k = random.nextInt(4); k >= 0; k--) {
                b[random.nextInt(b.length)] = random.nextInt(3) == 0 ? (byte) random.nextInt(256)
                        : alphabet[random.nextInt(alphabet.length)];
            }
            try {
                LayoutProfiles.read(b);
                read++;
            } catch (FormIoException e) {
                assertThat(e.code()).startsWith("MSF-IO-50");
                assertThat(e.getMessage(Locale.ENGLISH)).doesNotContainPattern("\\{[0-9]");
            }
        }
        assertThat(read).as("some variants are still profiles").isPositive();
    }

    @Test
    void a_missing_file_is_a_coded_failure_naming_it() {
        assertThatThrownBy(() -> LayoutProfiles.read(dir.resolve("ない.yaml"))).isInstanceOfSatisfying(
                FormIoException.class, e -> {
                    assertThat(e.code()).isEqualTo("MSF-IO-0001");
                    assertThat(e.file()).contains("ない.yaml");
                });
    }

    @Test
    void the_keys_a_profile_may_have_are_listed_in_documentation_order() {
        assertThat(LayoutProfiles.keys()).containsExactly("name", "description", "form", "sheets", "labels", "choices",
                "cells");
    }

    private static void assertCoded(ThrowingCallable call, String code, String path, int line, String inMessage) {
        assertCodedAll(call, code, path, line, inMessage);
    }

    private static void assertCodedAll(ThrowingCallable call, String code, String path, int line, String inMessage) {
        assertThatThrownBy(call).isInstanceOfSatisfying(FormIoException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            if (path != null) {
                assertThat(e.path()).contains(path);
            }
            if (line > 0) {
                assertThat(e.line()).hasValue(line);
            }
            assertThat(e.getMessage() + e.getMessage(Locale.ENGLISH)).contains(inMessage);
            assertThat(e.getMessage(Locale.ENGLISH)).startsWith(code + ": ").doesNotContainPattern("\\{[0-9]");
        });
    }
}

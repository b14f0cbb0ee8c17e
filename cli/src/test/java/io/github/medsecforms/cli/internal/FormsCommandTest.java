package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormsCommandTest {

    @Test
    void forms_lists_the_nine_form_ids_with_their_versions_and_japanese_titles() {
        Run run = Run.of("forms");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1 + 9);
        assertThat(lines.get(0)).startsWith("フォームID").contains("版", "名称");
        List<FormDescriptor> forms = FormRegistry.forms();
        for (int i = 0; i < forms.size(); i++) {
            FormDescriptor f = forms.get(i);
            assertThat(lines.get(i + 1)).startsWith(f.id() + " ").endsWith(f.title())
                    .contains(f.latestVersion().code());
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("R6,R7"));
    }

    @Test
    void forms_aligns_the_titles_in_one_column() {
        List<String> lines = Run.of("forms").out().lines().toList();

        int column = TextTable.width(lines.get(1).substring(0, lines.get(1).indexOf('「')));
        for (String line : lines.subList(1, lines.size())) {
            String title = FormRegistry.forms().get(lines.indexOf(line) - 1).title();
            assertThat(TextTable.width(line.substring(0, line.indexOf(title)))).as(line).isEqualTo(column);
        }
    }

    @Test
    void forms_with_an_id_shows_sheets_qualified_labels_required_marks_kinds_choices_and_tables() {
        Run run = Run.of("forms", "line-device-survey");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("シート「基本情報記入シート」", "シート「回線・機器情報記入シート」")
                .contains("表「回線・機器情報」（行ラベル 回線1, 回線2, …、記入例の行あり）")
                .containsPattern("調査希望/脆弱性診断 +必須 +選択 +調査希望あり / 調査希望なし")
                .containsPattern("グローバルIPアドレス +必須 +IPv4アドレス")
                .doesNotContain("パスワードリスト");
    }

    @Test
    void forms_with_a_checklist_id_lists_the_items_of_every_version_and_marks_unverified_ones() {
        Run run = Run.of("forms", "checklist-hospital");

        assertThat(run.out()).contains("チェック項目 R6（", "チェック項目 R7（")
                .containsPattern("2-\\(4\\) .*未確認")
                .containsPattern("確認日（R7から） +必須 +日付");
    }

    @Test
    void an_unknown_form_id_exits_2_with_a_japanese_message_listing_the_known_ids() {
        Run run = Run.of("forms", "no-such-form");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("フォームID「no-such-form」はありません")
                .contains(FormRegistry.forms().stream().map(FormDescriptor::id).toArray(String[]::new));
    }

    @Test
    void an_unknown_form_id_is_reported_in_english_with_lang_en() {
        Run run = Run.of("--lang", "en", "forms", "no-such-form");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("Unknown form id 'no-such-form'. Known form ids: support-request");
    }

    @Test
    void json_format_lists_every_form_as_valid_json() throws Exception {
        Run run = Run.of("forms", "--format", "json");

        JsonNode list = new ObjectMapper().readTree(run.out());
        assertThat(list).hasSize(9);
        assertThat(list.get(0).get("id").asText()).isEqualTo("support-request");
        assertThat(list.get(5).get("versions").toString()).isEqualTo("[\"R6\",\"R7\"]");
    }

    @Test
    void json_format_of_one_form_carries_fields_tables_and_checklist_items() throws Exception {
        JsonNode form = new ObjectMapper().readTree(Run.of("forms", "checklist-hospital", "--format=JSON").out());

        assertThat(form.get("title").asText()).isEqualTo(FormRegistry.get("checklist-hospital").title());
        JsonNode blocks = form.get("sheets").get(0).get("blocks");
        assertThat(blocks.findValues("type")).extracting(JsonNode::asText).contains("fields", "table");
        assertThat(form.get("checklistItems").get("R7").size()).isPositive();
        assertThat(form.get("checklistItems").get("R6").get(0).get("premise").asBoolean()).isTrue();
    }

    @Test
    void markdown_format_prints_the_reference_page_of_the_form() {
        Run run = Run.of("forms", "support-request", "--format", "markdown");

        assertThat(run.out()).isEqualTo(new FormDocs().page(FormRegistry.get("support-request")));
    }

    @Test
    void an_invalid_format_is_a_usage_error_with_exit_code_2() {
        Run run = Run.of("forms", "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("エラー: ").contains("--format");
    }

    @Test
    void lines_of_the_listing_have_no_trailing_blanks() {
        assertThat(Arrays.stream(Run.of("forms", "line-device-survey").out().split("\n")))
                .noneMatch(l -> l.endsWith(" "));
    }
}

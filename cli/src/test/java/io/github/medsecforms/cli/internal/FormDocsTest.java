package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.FormRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed reference pages {@code docs/forms/*.md} are exactly what {@link FormDocs} renders from the model.
 * Regenerate with {@code -Dmedsec.docs.update=true} (see {@link FormDocs#REGENERATE}).
 */
class FormDocsTest {
    private final Map<String, String> pages = new FormDocs().pages();

    @Test
    void committed_form_pages_match_the_model() throws IOException {
        Path dir = Repository.root().resolve("docs/forms");
        if (Boolean.getBoolean("medsec.docs.update")) {
            int changed = DocsCommand.write(dir, pages);
            System.out.println("docs/forms: " + changed + " file(s) regenerated");
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = dir.resolve(page.getKey());
            if (!Files.isRegularFile(file)) {
                problems.add("missing: docs/forms/" + page.getKey());
            } else if (!Files.readString(file, StandardCharsets.UTF_8).equals(page.getValue())) {
                problems.add("out of date: docs/forms/" + page.getKey());
            }
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                        .filter(n -> !pages.containsKey(n)).sorted()
                        .forEach(n -> problems.add("not generated (stale?): docs/forms/" + n));
            }
        }
        assertThat(problems)
                .as("docs/forms/ differs from the model. Regenerate and commit: " + FormDocs.REGENERATE)
                .isEmpty();
    }

    @Test
    void there_is_one_page_per_form_and_an_index_linking_them() {
        assertThat(pages).hasSize(FormRegistry.forms().size() + 1).containsKey("README.md");
        FormRegistry.forms().forEach(f -> assertThat(pages.get("README.md")).contains("(" + f.id() + ".md)"));
    }

    @Test
    void a_page_has_the_title_every_sheet_and_the_qualified_labels_with_english_beside_them() {
        String page = pages.get("line-device-survey.md");

        assertThat(page).startsWith("<!-- 自動生成").contains("# 別紙2-1 医療機関記入依頼書（回線・機器情報等記入）")
                .contains("## シート「基本情報記入シート」", "## シート「設置場所記入シート」")
                .contains("| 調査希望/脆弱性診断 | 必須 | 選択 | 調査希望あり / 調査希望なし |")
                .contains("### 表「回線・機器情報」 (Lines)")
                .contains("`lines[].vulnerabilityScan`");
    }

    @Test
    void checklist_pages_list_the_items_of_each_version_and_mark_unverified_ones() {
        String page = pages.get("checklist-hospital.md");

        assertThat(page).contains("## チェック項目", "### R6（令和6年度）", "### R7（令和7年度）")
                .containsPattern("\\| 2-\\(4\\) \\| .* \\| 未確認 \\|")
                .containsPattern("\\| 0 \\| 前提 \\| .* \\| 前提、未確認 \\|");
    }

    @Test
    void pages_show_where_each_label_choice_and_item_comes_from() {
        String lds = pages.get("line-device-survey.md");
        assertThat(lds).contains("| 資料 (seeds) | seed 002 |")
                .contains("見出しの根拠: seed 002「■ご客様情報(医療機関情報)」")
                .containsPattern("\\| 回線と紐付くグローバルIPアドレス/通信形態 \\| 必須 \\| .* \\| seed 002 \\|")
                .contains("放射線（独自）")
                .contains("未確認 (unverified): 説明会資料の文字起こしは「シングル利用 (*)」");
        assertThat(pages.get("support-request.md")).contains("| 医療機関コード | 必須（印なし） |")
                .contains("独自設計 (our design): 回答様式にない確認欄");
        assertThat(pages.get("checklist-hospital.md")).contains("seed 004「医療情報システム安全管理責任者を設置しているか」")
                .containsPattern("\\| 2-\\(7\\) \\| .* \\| 未確認 \\| 未確認 \\(unverified\\): 記事");
    }
}

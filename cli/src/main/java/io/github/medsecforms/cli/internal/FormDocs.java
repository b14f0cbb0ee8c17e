package io.github.medsecforms.cli.internal;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.SheetDescriptor.Block;
import io.github.medsecforms.model.SheetDescriptor.FieldBlock;
import io.github.medsecforms.model.SheetDescriptor.TableBlock;
import io.github.medsecforms.model.TableDescriptor;
import io.github.medsecforms.model.checklist.ChecklistCatalogue;
import io.github.medsecforms.model.checklist.ChecklistItem;
import io.github.medsecforms.model.value.FiscalYear;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the per-form reference pages {@code docs/forms/<form-id>.md} and their index {@code docs/forms/README.md}
 * from {@link FormRegistry}: the metadata on the model's records is their only source. The pages are Japanese;
 * English labels are given beside the Japanese ones. Output is deterministic ({@code \n} line ends), so a test can
 * compare it with the committed files.
 */
public final class FormDocs {
    /** How to regenerate the pages; printed in each page and in the failure of the docs test. */
    public static final String REGENERATE =
            "./mvnw -q -pl cli -am verify -Dmedsec.docs.update=true  (or: ./medsec-forms docs --out docs/forms)";

    private static final String GENERATED = "<!-- 自動生成 (generated) — 編集しないでください。do not edit. 再生成 (regenerate): "
            + REGENERATE + " -->\n";

    private final Messages m = Messages.of(Language.JA);

    /** Every page by file name: {@code README.md} (the index) and one {@code <form-id>.md} per form. */
    public Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("README.md", index(FormRegistry.forms()));
        for (FormDescriptor form : FormRegistry.forms()) {
            pages.put(form.id() + ".md", page(form));
        }
        return pages;
    }

    /** The index: one row per form with a link to its page. */
    public String index(List<FormDescriptor> forms) {
        StringBuilder sb = new StringBuilder(GENERATED);
        sb.append("# フォーム一覧 (Form reference)\n\n");
        sb.append("medsec-forms が扱うフォームの項目一覧です。各ページはモデルのレコードに付けたメタデータ（`@FormSpec`, `@Sheet`, ")
                .append("`@Label`, `@Table`）から生成しています。\n\n");
        sb.append("*English:* reference pages of every form, generated from the model's annotations ")
                .append("(the one source of a form's metadata). Labels are the official Japanese wording; ")
                .append("English labels are given beside them.\n\n");
        sb.append("| フォームID | 名称 | 英語名 | 対応する版 |\n|---|---|---|---|\n");
        for (FormDescriptor f : forms) {
            sb.append("| [`").append(f.id()).append("`](").append(f.id()).append(".md) | ").append(cell(f.title()))
                    .append(" | ").append(cell(f.titleEn())).append(" | ")
                    .append(f.versions().stream().map(FiscalYear::code).collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        sb.append("\nアカウント(ログインID)・パスワードリストは提出物ではないため（提出不要）、この一覧には含めません。")
                .append("*The password list is never part of a submission and is not listed.*\n");
        return sb.toString();
    }

    /** The reference page of one form. */
    public String page(FormDescriptor form) {
        StringBuilder sb = new StringBuilder(GENERATED);
        sb.append("# ").append(form.title()).append("\n\n");
        sb.append("*English:* ").append(form.titleEn()).append(" — form id `").append(form.id()).append("`\n\n");
        sb.append("| 項目 | 内容 |\n|---|---|\n");
        sb.append("| フォームID | `").append(form.id()).append("` |\n");
        sb.append("| 名称 | ").append(cell(form.title())).append(" |\n");
        sb.append("| 英語名 | ").append(cell(form.titleEn())).append(" |\n");
        sb.append("| 対応する版 | ").append(cell(FormText.versions(form.versions(), m))).append(" |\n");
        sb.append("| 出典 | ").append(cell(form.source())).append(" |\n");
        sb.append("| 資料 (seeds) | ").append(cell(form.seeds().stream().map(s -> "seed " + s)
                .collect(Collectors.joining("、")))).append(" |\n");
        sb.append("| 名称の根拠 | ").append(cell(form.titleBasis().describe())).append(" |\n");
        sb.append("| 必須の印 | ").append(cell(form.requiredMark())).append(" |\n");
        sb.append("| シート | ").append(cell(String.join("、", form.sheetNames()))).append(" |\n");
        sb.append("\n「パス」はモデル（Java レコード、JSON）での位置です。表の列は `表のパス[].列のパス` で示します。\n");
        sb.append("「根拠」は文言の出典です。`seed 00n` はその資料（`../shared/seeds/`）にある文言そのもの、`seed 00n「…」` は資料の")
                .append("表記が異なる場合の資料側の文言、「独自設計 (our design)」は資料にないこのプロジェクトの設計、「未確認 (unverified)」は")
                .append("一次資料で確かめられていない文言です。選択肢・候補の「（独自）」「（未確認）」も同じ意味です。")
                .append("必須の「（印なし）」は、様式に必須の印はないが記入を求められる項目です。テストが引用を資料の本文と照合します。\n");
        Basis wording = Basis.parseOr("", form.seeds());
        for (SheetDescriptor sheet : form.sheets()) {
            sb.append("\n## シート「").append(sheet.name()).append("」\n");
            if (!sheet.nameBasis().equals(wording)) {
                sb.append("\nシート名の根拠: ").append(sheet.nameBasis().describe()).append('\n');
            }
            for (Block block : sheet.blocks()) {
                if (block instanceof FieldBlock fb) {
                    String prefix = fb.path().isEmpty() ? "" : fb.path() + ".";
                    if (!fb.title().isEmpty()) {
                        sb.append("\n### ").append(fb.title()).append('\n');
                        if (!fb.titleBasis().equals(wording)) {
                            sb.append("\n見出しの根拠: ").append(fb.titleBasis().describe()).append('\n');
                        }
                    } else if (!fb.path().isEmpty()) {
                        sb.append("\n### 項目 `").append(fb.path()).append("`\n");
                    }
                    sb.append('\n');
                    fieldTable(sb, fb.fields(), prefix, "項目", wording);
                } else if (block instanceof TableBlock tb) {
                    TableDescriptor t = tb.table();
                    sb.append("\n### 表「").append(t.label()).append("」 (").append(t.labelEn()).append(")\n\n");
                    sb.append("- 表の名前の根拠: ").append(t.basis().describe()).append('\n');
                    sb.append("- 行ラベル: ").append(t.rowLabel(1)).append(", ").append(t.rowLabel(2))
                            .append(", …\n");
                    sb.append("- 記入例の行: ").append(t.exampleRow() ? "あり（データとして読みません）" : "なし").append('\n');
                    sb.append("- テンプレートの空行: ").append(t.templateRows()).append('\n');
                    sb.append("- 最大行数: ").append(t.maxRows() > 0 ? Integer.toString(t.maxRows()) : "制限なし")
                            .append("\n\n");
                    fieldTable(sb, t.columns(), t.path() + "[].", "列", wording);
                }
            }
        }
        boolean headed = false;
        for (FiscalYear version : form.versions()) {
            List<ChecklistItem> items = ChecklistCatalogue.items(form.id(), version);
            if (items.isEmpty()) {
                continue;
            }
            if (!headed) {
                sb.append("\n## チェック項目\n\n");
                sb.append("項目は版ごとのデータ（リソース `").append(form.id()).append("-<版>.tsv`）です。")
                        .append("「未確認」は文言または番号を一次資料で確認できていない項目で、確認でき次第データを修正します。\n");
                headed = true;
            }
            long unverified = items.stream().filter(ChecklistItem::unverified).count();
            sb.append("\n### ").append(version.code()).append("（").append(version.label()).append("） — ")
                    .append(items.size()).append(" 項目");
            if (unverified > 0) {
                sb.append("、うち未確認 ").append(unverified);
            }
            sb.append("\n\n| 番号 | 区分 | 項目 | 注記 | 根拠 |\n|---|---|---|---|---|\n");
            for (ChecklistItem item : items) {
                sb.append("| ").append(cell(item.id())).append(" | ").append(cell(item.section())).append(" | ")
                        .append(cell(item.text())).append(" | ").append(cell(FormText.itemNote(item, m)))
                        .append(" | ").append(cell(item.basis().describe())).append(" |\n");
            }
        }
        return sb.toString();
    }

    private void fieldTable(StringBuilder sb, List<FieldDescriptor> fields, String pathPrefix, String what,
                            Basis wording) {
        sb.append("| ").append(what).append(" | 必須 | 種類 | 選択肢・候補 | 記入例 | 英語ラベル | パス | 根拠 |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (FieldDescriptor f : fields) {
            StringBuilder basis = new StringBuilder(f.basis().describe());
            for (FieldDescriptor.Group g : f.groups()) {
                if (!g.basis().equals(wording)) {
                    basis.append("；「").append(g.label()).append("」: ").append(g.basis().describe());
                }
            }
            sb.append("| ").append(cell(FormText.label(f, m)))
                    .append(" | ").append(f.required() ? (f.marked() ? "必須" : "必須（印なし）") : "")
                    .append(" | ").append(cell(FormText.kind(f, m)))
                    .append(" | ").append(cell(FormText.choices(f, m)))
                    .append(" | ").append(cell(f.example()))
                    .append(" | ").append(cell(f.qualifiedLabelEn()))
                    .append(" | `").append(pathPrefix).append(f.path()).append("`")
                    .append(" | ").append(cell(basis.toString()))
                    .append(" |\n");
        }
    }

    /** Text safe inside a Markdown table cell. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>");
    }
}

package io.github.medsecforms.cli.internal;

import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.validation.RuleCatalogue;
import io.github.medsecforms.validation.RuleInfo;
import java.util.List;

/**
 * Renders the rule catalogue {@code docs/rules.md} from {@link RuleCatalogue}: every rule's id, severity, stage,
 * message (Japanese and English), rationale, basis (the seed and quote, or our design and its reason, from the rule's
 * definition) and an example of what triggers it. Deterministic, so a test can compare
 * it with the committed file.
 */
public final class RuleDocs {
    private static final String GENERATED = "<!-- 自動生成 (generated) — 編集しないでください。do not edit. 再生成 (regenerate): "
            + FormDocs.REGENERATE + " -->\n";

    /** The page. */
    public String page() {
        List<RuleInfo> rules = RuleCatalogue.rules();
        StringBuilder sb = new StringBuilder(GENERATED);
        sb.append("# 検証ルール一覧 (Rule catalogue)\n\n");
        sb.append("medsec-forms が検証するルールの一覧です。コード（`validation` モジュールの規則定義とメッセージ）から生成しています。")
                .append("メッセージの `{0}` は対象項目のラベル、`{1}` 以降はルールごとの値です。\n\n");
        sb.append("*English:* every rule medsec-forms checks, generated from the code. In messages, `{0}` is the label of ")
                .append("the field concerned and `{1}`… are rule-specific values. Besides these rules, reports carry ")
                .append("read problems (`MSF-VAL-*`, `MSF-IO-2*`: values that could not be read) and field constraints ")
                .append("(`MSF-FLD-*`).\n\n");
        sb.append("Rules: ").append(rules.size()).append("\n\n");
        sb.append("段階 (stages): 構成 structure → 型 types → 必須 required → 項目 fields → 項目間 cross-field → ")
                .append("シート間 cross-sheet → 様式間 cross-form → 提出間 across submissions。エラーが先、同じ重大度では段階順に表示します。\n\n");
        sb.append("「根拠」はルールの定義に書かれた出典です。`seed 00n「…」` は `../shared/seeds/` の資料（000 厚生労働省 事務連絡、")
                .append("001 岡山県 立入検査支援事業、002 香川県 照会と説明会資料、003 厚生労働省 回答要領、004 チェックリストの記事）からの")
                .append("引用で、テストが資料の本文にあることを確かめます。「独自設計 (our design)」は資料にない、このプロジェクトの判断です。\n\n");
        sb.append("*English:* the basis column is the source given in each rule's definition: a quote from a seed ")
                .append("(checked against the seed's text by a test) or our design with its reason.\n");
        for (FormDescriptor form : FormRegistry.forms()) {
            section(sb, form.id(), form.title(), rules);
        }
        section(sb, RuleCatalogue.PACKAGE, "提出書類一式（パッケージ）", rules);
        section(sb, RuleCatalogue.BATCH, "提出間の照合（都道府県・事務局の一括の取りまとめ、docs/batch.md）", rules);
        return sb.toString();
    }

    private static void section(StringBuilder sb, String formId, String title, List<RuleInfo> rules) {
        List<RuleInfo> mine = rules.stream().filter(r -> r.formId().equals(formId)).toList();
        if (mine.isEmpty()) {
            return;
        }
        sb.append("\n## `").append(formId).append("` ").append(title).append("\n\n");
        sb.append("| ID | 重大度 | 段階 | メッセージ | Message | 説明 | 根拠 | 例 |\n|---|---|---|---|---|---|---|---|\n");
        for (RuleInfo r : mine) {
            sb.append("| ").append(r.id()).append(" | ").append(r.severity().label()).append(" ").append(r.severity().labelEn())
                    .append(" | ").append(r.stage().label()).append(" | ").append(cell(r.message()))
                    .append(" | ").append(cell(r.messageEn().replace("''", "'"))).append(" | ").append(cell(r.rationale()))
                    .append(" | ").append(cell(r.basis().describe()))
                    .append(" | ").append(cell(r.example())).append(" |\n");
        }
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}

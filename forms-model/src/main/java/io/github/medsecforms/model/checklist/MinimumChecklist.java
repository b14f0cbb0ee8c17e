package io.github.medsecforms.model.checklist;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.meta.FormSpec;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.Table;
import io.github.medsecforms.model.meta.TextKind;
import io.github.medsecforms.model.value.FiscalYear;
import java.util.List;

/**
 * 医療機関におけるサイバーセキュリティ対策チェックリスト「サイバー攻撃リスク低減のための最低限の措置」編（医療機関確認用）:
 * Okayama prefecture's checklist of the eight minimum measures, checked at the on-site inspection.
 */
@FormSpec(id = "checklist-minimum",
        title = "医療機関におけるサイバーセキュリティ対策チェックリスト「サイバー攻撃リスク低減のための最低限の措置」編",
        titleEn = "Cybersecurity checklist: minimum measures to reduce the risk of cyber attacks",
        versions = {"R6"}, sheet = "最低限の措置編",
        source = "岡山県 令和6年度医療機関立入検査（サイバーセキュリティ対策関係）支援事業 (seed 001)",
        seeds = {"001"})
public record MinimumChecklist(
        FiscalYear version,
        @Label(value = "医療機関名", en = "Medical institution", required = true, text = TextKind.NAME, example = "サンプル総合病院")
        String facilityName,
        @Label(value = "チェック項目", en = "Items")
        @Table(rowLabel = "{n}", templateRows = 0)
        List<ChecklistEntry> entries) implements Form {

    public MinimumChecklist {
        version = Defaults.orElse(version, FiscalYear.reiwa(6));
        facilityName = Defaults.text(facilityName);
        entries = Defaults.list(entries);
    }
}

package io.github.medsecforms.model.checklist;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.meta.FormSpec;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.Table;
import io.github.medsecforms.model.meta.TextKind;
import io.github.medsecforms.model.value.FiscalYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** 医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）, MHLW 令和6年度版 and 令和7年度版. */
@FormSpec(id = "checklist-hospital",
        title = "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）",
        titleEn = "Cybersecurity checklist for medical institutions (hospital's copy)",
        versions = {"R6", "R7"}, sheet = "医療機関確認用",
        source = "厚生労働省 医政参発0513第6号 令和6年5月13日 (seeds 001, 004)",
        titleBasis = "001「医療機関におけるサイバーセキュリティ対策チェックリスト」「チェックリスト (医療機関確認用)」",
        seeds = {"004", "001"})
public record HospitalChecklist(
        FiscalYear version,
        @Label(value = "医療機関名", en = "Medical institution", required = true, text = TextKind.NAME, example = "サンプル総合病院")
        String facilityName,
        @Label(value = "確認日", en = "Checked on", required = true, since = "R7", example = "2025/6/1",
                basis = "unverified: 令和7年度版の確認日の欄は CATALOGUE.md §6 によるもので、一次資料で確認できていない")
        Optional<LocalDate> checkedOn,
        @Label(value = "チェック項目", en = "Items")
        @Table(rowLabel = "{n}", templateRows = 0)
        List<ChecklistEntry> entries) implements Form {

    public HospitalChecklist {
        version = Defaults.orElse(version, FiscalYear.reiwa(6));
        facilityName = Defaults.text(facilityName);
        checkedOn = Defaults.optional(checkedOn);
        entries = Defaults.list(entries);
    }
}

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

/**
 * 医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）: filled by each contracted vendor (one per vendor
 * or system) and handed to the hospital.
 */
@FormSpec(id = "checklist-vendor",
        title = "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）",
        titleEn = "Cybersecurity checklist for medical institutions (vendor's copy)",
        versions = {"R6", "R7"}, sheet = "事業者確認用",
        source = "厚生労働省 医政参発0513第6号 令和6年5月13日 (seeds 001, 004)",
        titleBasis = "001「医療機関におけるサイバーセキュリティ対策チェックリスト」「チェックリスト (事業者確認用)」",
        seeds = {"004", "001"})
public record VendorChecklist(
        FiscalYear version,
        @Label(value = "事業者名", en = "Vendor", required = true, text = TextKind.NAME, example = "株式会社サンプルシステムズ",
                basis = VendorChecklist.HEADER)
        String vendorName,
        @Label(value = "対象システム", en = "System", required = true, example = "電子カルテシステム",
                basis = VendorChecklist.HEADER)
        String targetSystem,
        @Label(value = "提出先医療機関名", en = "Hospital submitted to", required = true, text = TextKind.NAME,
                basis = VendorChecklist.HEADER,
                example = "サンプル総合病院")
        String hospitalName,
        @Label(value = "確認日", en = "Checked on", required = true, since = "R7", example = "2025/6/1",
                basis = "unverified: 令和7年度版の確認日の欄は CATALOGUE.md §6 によるもので、一次資料で確認できていない")
        Optional<LocalDate> checkedOn,
        @Label(value = "チェック項目", en = "Items")
        @Table(rowLabel = "{n}", templateRows = 0)
        List<ChecklistEntry> entries) implements Form {

    /** The vendor form's header is not among the seeds. */
    static final String HEADER = "unverified: 事業者確認用の様式は資料になく、ヘッダーの項目は CATALOGUE.md §6 による";

    public VendorChecklist {
        version = Defaults.orElse(version, FiscalYear.reiwa(6));
        vendorName = Defaults.text(vendorName);
        targetSystem = Defaults.text(targetSystem);
        hospitalName = Defaults.text(hospitalName);
        checkedOn = Defaults.optional(checkedOn);
        entries = Defaults.list(entries);
    }
}

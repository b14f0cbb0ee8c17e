package io.github.medsecforms.model.selection;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.meta.FormSpec;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.Table;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.Prefecture;
import java.util.List;
import java.util.Optional;

/**
 * 支援対象病院の選定 別紙様式: a prefecture reports to MHLW the hospitals it selects, exactly filling the quota
 * (支援枠) of each bed band. The bands come from the quota table in the workbook (our design), so a changed band
 * scheme needs no code.
 */
@FormSpec(id = "hospital-selection",
        title = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定（別紙様式）",
        titleEn = "Selection of hospitals to support (prefecture report)",
        versions = {"R6"}, sheet = "別紙様式",
        source = "厚生労働省 事務連絡 令和6年2月15日 (seed 000)",
        titleBasis = "000「医療機関におけるサイバーセキュリティ確保事業」「支援対象病院の選定について（依頼）」「別紙様式により提出」",
        seeds = {"000"})
public record HospitalSelection(
        FiscalYear version,
        @Label(value = "都道府県名", en = "Prefecture", required = true, example = "岡山県",
                basis = "unverified: 別紙様式は資料になく、項目は CATALOGUE.md §2 による")
        Optional<Prefecture> prefecture,
        @Label(value = "支援枠", en = "Quotas by bed band")
        @Table(rowLabel = "{n}", templateRows = 4)
        List<BandQuota> quotas,
        @Label(value = "支援対象病院", en = "Selected hospitals")
        @Table(rowLabel = "{n}", exampleRow = true, templateRows = 10)
        List<SelectedHospital> hospitals) implements Form {

    public HospitalSelection {
        version = Defaults.orElse(version, FiscalYear.reiwa(6));
        prefecture = Defaults.optional(prefecture);
        quotas = Defaults.list(quotas);
        hospitals = Defaults.list(hospitals);
    }
}

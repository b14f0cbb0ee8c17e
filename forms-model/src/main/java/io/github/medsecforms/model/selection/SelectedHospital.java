package io.github.medsecforms.model.selection;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.constraints.HospitalBeds;
import io.github.medsecforms.model.constraints.Warning;
import io.github.medsecforms.model.common.Presence;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.TextKind;
import io.github.medsecforms.model.value.BedBand;
import io.github.medsecforms.model.value.HospitalCode;
import java.util.Optional;

/** A hospital the prefecture selects for support. */
public record SelectedHospital(
        @Label(value = "医療機関コード", en = "Medical institution code", required = true, example = "3410712362",
                basis = "unverified: 別紙様式は資料になく、項目は CATALOGUE.md §2 による",
                hint = "10桁で記入してください。7桁（郡市区番号＋医療機関番号＋検証番号）の場合は、都道府県がわかれば都道府県番号と点数表番号1（医科）を付けて10桁として確認します")
        Optional<HospitalCode> hospitalCode,
        @Label(value = "病院名", en = "Hospital name", required = true, text = TextKind.NAME, example = "岡山サンプル病院",
                basis = "unverified: 別紙様式は資料になく、項目は CATALOGUE.md §2 による")
        String hospitalName,
        @Label(value = "病床数", en = "Beds", required = true, example = "150",
                basis = "unverified: 別紙様式は資料になく、項目は CATALOGUE.md §2 による（病床規模別の支援枠を数えるために要る）")
        Optional<@HospitalBeds(payload = Warning.class) Integer> beds,
        @Label(value = "病床規模区分", en = "Bed band", required = true, example = "100～199床",
                basis = "unverified: 別紙様式は資料になく、項目は CATALOGUE.md §2 による（「病床規模別」の区分）")
        Optional<BedBand> band,
        @Label(value = "電子カルテ導入", en = "Electronic medical records", required = true, aliases = {"電子カルテ導入の有無"},
                basis = "unverified: 別紙様式は資料になく、項目は CATALOGUE.md §2 による（支援の対象は電子カルテシステムを導入している病院）",
                example = "あり")
        Optional<Presence> ehr,
        @Label(value = "選定理由", en = "Reason for selection", text = TextKind.MULTILINE,
                basis = "unverified: 別紙様式は資料になく、項目は CATALOGUE.md §2 による（通知の「選定に当たっての考え方の例」）",
                suggestions = {"地域における救急等の主要な診療機能を担っている", "立入検査等においてセキュリティー対策が不十分と思われる"},
                suggestionBasis = {"000「地域における救急等の主要な診療機能を担っており」", "000「立入検査等においてセキュリティー対策が不十分と思われる病院」"},
                example = "地域における救急等の主要な診療機能を担っている")
        String reason) {

    public SelectedHospital {
        hospitalCode = Defaults.optional(hospitalCode);
        hospitalName = Defaults.text(hospitalName);
        beds = Defaults.optional(beds);
        band = Defaults.optional(band);
        ehr = Defaults.optional(ehr);
        reason = Defaults.text(reason);
    }
}

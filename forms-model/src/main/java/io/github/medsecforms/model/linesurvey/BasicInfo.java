package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.constraints.HospitalBeds;
import io.github.medsecforms.model.constraints.Warning;
import io.github.medsecforms.model.constraints.Kana;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.TextKind;
import io.github.medsecforms.model.value.PostalCode;
import java.util.Optional;

/**
 * 基本情報記入シート: consent (本施策の同意確認) and ■お客様情報(医療機関情報), the facility's name, address and beds. Who
 * confirmed the application is the sheet's last block, {@link Confirmation} (■申込内容の確認).
 */
public record BasicInfo(
        @Label(value = "本施策の同意確認", en = "Consent to the programme", required = true, marked = false,
                hint = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください",
                example = "同意する")
        Optional<Consent> consent,
        @Label(value = "医療機関名", en = "Facility name", required = true, marked = false, text = TextKind.NAME, example = "サンプル総合病院")
        String facilityName,
        @Label(value = "医療機関名（かな）", en = "Facility name (kana)", text = TextKind.KANA,
                aliases = {"医療機関名(かな)"}, example = "さんぷるそうごうびょういん")
        @Kana String facilityNameKana,
        @Label(value = "郵便番号", en = "Postal code", required = true, marked = false, aliases = {"〒"}, example = "700-8570")
        Optional<PostalCode> postalCode,
        @Label(value = "住所", en = "Address", required = true, marked = false, example = "岡山県岡山市北区内山下2-4-6")
        String address,
        @Label(value = "住所（かな）", en = "Address (kana)", text = TextKind.KANA, aliases = {"住所(かな)"},
                example = "おかやまけんおかやましきたくうちさんげ2-4-6")
        @Kana String addressKana,
        @Label(value = "ビル名", en = "Building", text = TextKind.NAME, example = "本館")
        String building,
        @Label(value = "ビル名（かな）", en = "Building (kana)", text = TextKind.KANA, aliases = {"ビル名(かな)"},
                example = "ほんかん")
        @Kana String buildingKana,
        @Label(value = "病床数", en = "Beds", required = true, marked = false, example = "350")
        Optional<@HospitalBeds(payload = Warning.class) Integer> beds) {

    public static final BasicInfo EMPTY = new BasicInfo(Optional.empty(), "", "", Optional.empty(), "", "", "", "",
            Optional.empty());

    public BasicInfo {
        consent = Defaults.optional(consent);
        facilityName = Defaults.text(facilityName);
        facilityNameKana = Defaults.text(facilityNameKana);
        postalCode = Defaults.optional(postalCode);
        address = Defaults.text(address);
        addressKana = Defaults.text(addressKana);
        building = Defaults.text(building);
        buildingKana = Defaults.text(buildingKana);
        beds = Defaults.optional(beds);
    }
}

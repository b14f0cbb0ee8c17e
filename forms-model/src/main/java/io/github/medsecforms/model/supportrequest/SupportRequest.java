package io.github.medsecforms.model.supportrequest;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.common.YesNo;
import io.github.medsecforms.model.meta.FormSpec;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.TextKind;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.HospitalCode;
import io.github.medsecforms.model.value.PhoneNumber;
import io.github.medsecforms.model.value.PostalCode;
import java.util.Optional;

/**
 * 支援の希望調査に係る回答様式: a hospital asks its prefecture for support under the programme. Returned by FAX or
 * as a file. The three eligibility declarations at the end are our design (the notice states the conditions;
 * the form does not ask them): see docs/forms/support-request.md.
 */
@FormSpec(id = "support-request",
        title = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式",
        titleEn = "Request for support under the hospital cybersecurity programme (response form)",
        versions = {"R6"}, sheet = "回答様式", requiredMark = "【必須】",
        source = "香川県 支援の希望調査（照会）別紙「回答様式」 (seed 002)",
        seeds = {"002"})
public record SupportRequest(
        FiscalYear version,
        @Label(value = "医療機関コード", en = "Medical institution code", required = true, marked = false, example = "3710112347",
                hint = "10桁で記入してください。7桁（郡市区番号＋医療機関番号＋検証番号）の場合は、都道府県がわかれば都道府県番号と点数表番号1（医科）を付けて10桁として確認します")
        Optional<HospitalCode> hospitalCode,
        @Label(value = "病院名（正式名称）", en = "Hospital name (official)", required = true, marked = false, text = TextKind.NAME,
                aliases = {"病院名"}, example = "香川県立サンプル病院")
        String hospitalName,
        @Label(value = "郵便番号", en = "Postal code", required = true, marked = false, example = "760-8570")
        Optional<PostalCode> postalCode,
        @Label(value = "住所", en = "Address", required = true, marked = false, example = "香川県高松市番町4-1-10")
        String address,
        @Label(value = "電話番号", en = "Phone number", required = true, marked = false, example = "087-832-3319")
        Optional<PhoneNumber> phoneNumber,
        @Label(value = "担当者①", en = "Contact 1", required = true)
        SupportContact contact1,
        @Label(value = "担当者②", en = "Contact 2", required = true)
        SupportContact contact2,
        @Label(value = "担当者③", en = "Contact 3")
        SupportContact contact3,
        @Label(value = "サイバーセキュリティ調査における回答データの活用の可否", en = "Consent to reuse answers of the cybersecurity survey",
                required = true, marked = false, aliases = {"サイバーセキュリティ調査における回答データの活用の可否(※)"},
                hint = "国の実態調査の回答内容を当該事業で活用することをご了解いただける場合は「可」、ご了解いただけない場合は「不可」")
        Optional<DataUse> dataUse,
        @Label(value = "備考", en = "Remarks", text = TextKind.MULTILINE)
        String remarks,
        @Label(value = "令和6年度に当該事業の支援を受けていない", en = "Not supported by the programme in FY2024",
                basis = "our design: 回答様式にない確認欄で、通知の対象外条件（令和6年度に支援を受けた病院）を県が取りまとめ前に確かめられるよう加えた",
                hint = "令和6年度に支援を受けた病院は対象外です")
        Optional<YesNo> notSupportedBefore,
        @Label(value = "電子カルテシステムを導入している", en = "Has an electronic medical record system",
                basis = "our design: 回答様式にない確認欄で、通知の対象外条件（電子カルテシステムを導入していない病院）を確かめるために加えた",
                hint = "電子カルテシステムを導入していない病院は対象外です")
        Optional<YesNo> hasEhr,
        @Label(value = "令和8年1月までに現地調査を完了できる", en = "The on-site survey can be completed by January 2026",
                basis = "our design: 回答様式にない確認欄で、通知の対象外条件（令和8年1月までに現地調査を完了できない病院）を確かめるために加えた",
                hint = "電子カルテシステムの更改のため令和8年1月までに現地調査を完了できない病院は対象外です")
        Optional<YesNo> surveyFeasible) implements Form {

    /** The statement printed at the top of the form. */
    public static final String STATEMENT = "当病院は、当該事業の支援を希望します。";

    public SupportRequest {
        version = Defaults.orElse(version, FiscalYear.reiwa(6));
        hospitalCode = Defaults.optional(hospitalCode);
        hospitalName = Defaults.text(hospitalName);
        postalCode = Defaults.optional(postalCode);
        address = Defaults.text(address);
        phoneNumber = Defaults.optional(phoneNumber);
        contact1 = Defaults.orElse(contact1, SupportContact.EMPTY);
        contact2 = Defaults.orElse(contact2, SupportContact.EMPTY);
        contact3 = Defaults.orElse(contact3, SupportContact.EMPTY);
        dataUse = Defaults.optional(dataUse);
        remarks = Defaults.text(remarks);
        notSupportedBefore = Defaults.optional(notSupportedBefore);
        hasEhr = Defaults.optional(hasEhr);
        surveyFeasible = Defaults.optional(surveyFeasible);
    }
}

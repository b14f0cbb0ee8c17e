package io.github.medsecforms.validation.rules;

import static io.github.medsecforms.validation.rules.RuleCase.passes;
import static io.github.medsecforms.validation.rules.RuleCase.triggers;

import io.github.medsecforms.model.common.YesNo;
import io.github.medsecforms.model.supportrequest.SupportContact;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.EmailAddress;
import io.github.medsecforms.model.value.HospitalCode;
import java.util.List;

/** Cases of the support-request rules (SRQ-nnn), each a small change to the valid full sample. */
final class SupportRequestRuleCases implements RuleCaseSource {
    private static final SupportRequest OK = SampleForms.supportRequest();

    private static SupportRequest with(String path, Object value) {
        return Mutate.set(OK, path, value);
    }

    private static SupportRequest with(SupportRequest base, String path, Object value) {
        return Mutate.set(base, path, value);
    }

    @Override
    public List<RuleCase> cases() {
        EmailAddress first = OK.contact1().email().orElseThrow();
        return List.of(
                triggers("SRQ-001", "担当者②の氏名が空欄", with("contact2.name", "")),
                triggers("SRQ-001", "担当者①のMail アドレスが空欄", with("contact1.email", null)),
                passes("SRQ-001", "活用の可否が未選択（印のない項目はSRQ-009）", with("dataUse", null)),
                passes("SRQ-001", "医療機関コードが空欄（印のない項目はSRQ-009）", with("hospitalCode", null)),
                passes("SRQ-001", "すべて記入", OK),
                triggers("SRQ-009", "活用の可否が未選択", with("dataUse", null)),
                triggers("SRQ-009", "医療機関コードが空欄", with("hospitalCode", null)),
                triggers("SRQ-009", "病院名が空欄", with("hospitalName", "")),
                passes("SRQ-009", "担当者①の氏名が空欄（【必須】の印はSRQ-001）", with("contact1.name", "")),
                passes("SRQ-009", "すべて記入", OK),
                passes("SRQ-001", "担当者③と備考は空欄でよい", with(with("contact3", SupportContact.EMPTY), "remarks", "")),
                triggers("SRQ-002", "担当者③の所属・役職だけ空欄", with("contact3.department", "")),
                triggers("SRQ-002", "担当者③は氏名だけ", with("contact3", new SupportContact("", "高松 次郎",
                        java.util.Optional.empty()))),
                passes("SRQ-002", "担当者③をすべて記入", OK),
                passes("SRQ-002", "担当者③をすべて空欄", with("contact3", SupportContact.EMPTY)),
                triggers("SRQ-003", "令和6年度に支援を受けた", with("notSupportedBefore", YesNo.NO)),
                passes("SRQ-003", "令和6年度に支援を受けていない", OK),
                passes("SRQ-003", "未回答は対象外としない", with("notSupportedBefore", null)),
                triggers("SRQ-004", "電子カルテ未導入", with("hasEhr", YesNo.NO)),
                passes("SRQ-004", "電子カルテ導入済み", OK),
                triggers("SRQ-005", "令和8年1月までに現地調査を完了できない", with("surveyFeasible", YesNo.NO)),
                passes("SRQ-005", "令和8年1月までに現地調査を完了できる", OK),
                triggers("SRQ-006", "電子カルテ導入が未回答", with("hasEhr", null)),
                triggers("SRQ-006", "3つとも未回答", with(with(with("hasEhr", null), "notSupportedBefore", null),
                        "surveyFeasible", null)),
                passes("SRQ-006", "3つとも回答", OK),
                passes("SRQ-006", "「いいえ」も回答のうち", with("surveyFeasible", YesNo.NO)),
                triggers("SRQ-007", "担当者②のアドレスが担当者①と同じ", with("contact2.email", first)),
                triggers("SRQ-007", "大文字小文字だけ違う", with("contact2.email",
                        EmailAddress.parse(first.value().toUpperCase(java.util.Locale.ROOT)))),
                passes("SRQ-007", "担当者①②のアドレスが異なる", OK),
                passes("SRQ-007", "担当者③が担当者①と同じアドレスでも①②が異なればよい", with("contact3.email", first)),
                triggers("SRQ-008", "歯科の医療機関コード", with("hospitalCode", HospitalCode.parse("3730112343"))),
                triggers("SRQ-008", "薬局の医療機関コード", with("hospitalCode", HospitalCode.parse("3740112341"))),
                passes("SRQ-008", "医科の医療機関コード", OK));
    }
}

package io.github.medsecforms.validation.rules;

import static io.github.medsecforms.validation.rules.RuleCase.passes;
import static io.github.medsecforms.validation.rules.RuleCase.triggers;

import io.github.medsecforms.model.common.Presence;
import io.github.medsecforms.model.linesurvey.CredentialList;
import io.github.medsecforms.model.linesurvey.DiagnosisDayCheck;
import io.github.medsecforms.model.linesurvey.IpAssignment;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.linesurvey.SurveyWish;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.Ipv4Address;
import io.github.medsecforms.model.value.Ipv4Cidr;
import io.github.medsecforms.model.value.Secret;
import io.github.medsecforms.validation.SubmittedForm;
import java.util.List;
import java.util.Optional;

/** Cases of the line-device-survey rules (LDS-nnn), each a small change to the valid full sample. */
final class LineDeviceSurveyRuleCases implements RuleCaseSource {
    private static final LineDeviceSurvey OK = SampleForms.lineDeviceSurvey();

    private static LineDeviceSurvey with(String path, Object value) {
        return Mutate.set(OK, path, value);
    }

    private static LineDeviceSurvey with(LineDeviceSurvey base, String path, Object value) {
        return Mutate.set(base, path, value);
    }

    @Override
    public List<RuleCase> cases() {
        CredentialList withPasswords = SampleForms.credentialList();
        CredentialList noPasswords = new CredentialList(withPasswords.version(),
                List.of(new io.github.medsecforms.model.linesurvey.DeviceCredential("Cisco", "C1111-4P", "admin",
                        Secret.empty(), Secret.empty())), List.of(), "");
        return List.of(
                triggers("LDS-001", "回線終端装置設置場所(*)が空欄", with("lines[0].terminationLocation", "")),
                passes("LDS-001", "医療機関名が空欄（(*)の印はない: LDS-027）", with("basicInfo.facilityName", "")),
                passes("LDS-001", "必須項目がそろっている", OK),
                triggers("LDS-027", "医療機関名が空欄", with("basicInfo.facilityName", "")),
                triggers("LDS-027", "確認者名が空欄", with("confirmation.confirmerName", "")),
                triggers("LDS-027", "同意確認が未選択", with("basicInfo.consent", null)),
                passes("LDS-027", "回線の通信形態(*)が空欄（LDS-001）", with("lines[0].communicationType", "")),
                passes("LDS-027", "基本情報がそろっている", OK),
                passes("LDS-001", "グローバルIP利用なしの回線はグローバルIPアドレス空欄でよい", with("lines[2].globalIpAddress", null)),
                triggers("LDS-028", "接続ありのポートで機器名が空欄", with("ports[0].deviceName", "")),
                triggers("LDS-028", "接続状況が空欄のポートでプロトコルが空欄", with(with("ports[0].connectionStatus", ""),
                        "ports[0].protocol", "")),
                passes("LDS-028", "接続なしのポートは機器名・IPアドレス・ポート番号・プロトコルが空欄でよい",
                        with(with(with(with("ports[1].deviceName", ""), "ports[1].ipAddress", null), "ports[1].portNumber", null),
                                "ports[1].protocol", "")),
                passes("LDS-001", "ポートの機器名の空欄は LDS-028 が見る", with("ports[0].deviceName", "")),
                triggers("LDS-002", "回線なし", new LineDeviceSurvey(OK.version(), OK.basicInfo(), OK.contacts(), List.of(),
                        OK.ports(), OK.terminals(), OK.floorPlan())),
                passes("LDS-002", "回線1件", with(with("lines[-1]", null), "lines[-1]", null)),
                triggers("LDS-003", "担当者に連絡先がない", with(with(with("contacts[0].phoneNumber", null),
                        "contacts[0].email", null), "contacts[1].email", null)),
                passes("LDS-003", "メールアドレスだけの担当者で足りる", with("contacts[0].phoneNumber", null)),
                triggers("LDS-004", "脆弱性診断希望でグローバルIP利用なし", with("lines[0].globalIpUse", Presence.ABSENT)),
                passes("LDS-004", "脆弱性診断希望でグローバルIP利用あり", OK),
                triggers("LDS-005", "閉域網で脆弱性診断希望", with("lines[2].vulnerabilityScan", SurveyWish.REQUESTED)),
                passes("LDS-005", "閉域網で脆弱性診断なし", OK),
                triggers("LDS-005", "「閉域網（IP-VPN）」と書いた回線で脆弱性診断希望",
                        with(with("lines[2].vulnerabilityScan", SurveyWish.REQUESTED), "lines[2].communicationType", "閉域網（IP-VPN）")),
                passes("LDS-005", "一覧にない用語「広域イーサネット」の回線で脆弱性診断希望（LDS-026の情報だけ）",
                        with(with("lines[2].vulnerabilityScan", SurveyWish.REQUESTED), "lines[2].communicationType", "広域イーサネット")),
                triggers("LDS-006", "グローバルIP利用ありで固定/動的が空欄", with("lines[0].ipAssignment", null)),
                passes("LDS-006", "グローバルIP利用なしで固定/動的が空欄", with("lines[2].ipAssignment", null)),
                triggers("LDS-007", "固定IPでアドレス空欄", with("lines[0].globalIpAddress", null)),
                passes("LDS-007", "動的IPでアドレス空欄", with("lines[1].globalIpAddress", null)),
                triggers("LDS-008", "グローバルIP利用なしでアドレスあり",
                        with("lines[2].globalIpAddress", Ipv4Address.parse("203.0.113.9"))),
                passes("LDS-008", "グローバルIP利用ありでアドレスあり", OK),
                triggers("LDS-009", "診断当日に動的IPの当日アドレスが空欄",
                        with("lines[1].diagnosisDayAddress", null)).with(RuleCase.DIAGNOSIS_DAY),
                passes("LDS-009", "診断当日に動的IPの当日アドレス確認済み", OK).with(RuleCase.DIAGNOSIS_DAY),
                passes("LDS-009", "診断当日でなければ当日欄は空欄でよい", with("lines[1].diagnosisDayAddress", null)),
                triggers("LDS-009", "診断当日に動的IPの回線が「入力不要」",
                        with(with("lines[1].diagnosisDayCheck", DiagnosisDayCheck.NOT_REQUIRED), "lines[1].diagnosisDayAddress", null))
                        .with(RuleCase.DIAGNOSIS_DAY),
                passes("LDS-009", "診断当日に固定IPの回線が「入力不要」（説明会資料の記入例どおり）", OK).with(RuleCase.DIAGNOSIS_DAY),
                triggers("LDS-010", "動的IPで脆弱性診断希望", OK),
                passes("LDS-010", "固定IPだけ", with("lines[1].ipAssignment", IpAssignment.STATIC)),
                triggers("LDS-011", "電子カルテ接続なし", with("lines[0].ehrConnection", Presence.ABSENT)),
                passes("LDS-011", "電子カルテ接続あり", OK),
                triggers("LDS-012", "技術バージョン確認希望の回線がある（当日のログイン情報の準備）", OK),
                triggers("LDS-012", "技術バージョン確認希望で機種名なし（回線シートに機種名は不要）", with("lines[0].deviceModel", "")),
                passes("LDS-012", "技術バージョン確認を希望する回線がない",
                        with(with("lines[0].versionCheck", SurveyWish.NOT_REQUESTED), "lines[2].versionCheck",
                                SurveyWish.NOT_REQUESTED)),
                triggers("LDS-026", "通信形態に一覧にない用語「IP-VPN」", with("lines[2].communicationType", "IP-VPN")),
                passes("LDS-026", "通信形態が一覧の用語", OK),
                passes("LDS-026", "通信形態を全角・空白入りで「インターネット ＶＰＮ」", with("lines[0].communicationType", "インターネット ＶＰＮ")),
                passes("LDS-026", "通信形態が空欄（LDS-001が扱う）", with("lines[0].communicationType", "")),
                triggers("LDS-013", "端末6台", with(with("terminals[+].hostName", "PCXXXX06"), "terminals[5].ipAddress",
                        Ipv4Cidr.parse("192.168.50.206/24"))),
                passes("LDS-013", "端末5台", OK),
                triggers("LDS-014", "端末4台", with("terminals[-4]", null)),
                passes("LDS-014", "端末5台", OK),
                triggers("LDS-015", "電子カルテ端末なし", with("terminals[0].systemType", "医事")),
                passes("LDS-015", "電子カルテ端末あり", OK),
                triggers("LDS-016", "ホスト名重複（大文字小文字違い）", with("terminals[2].hostName", "pcxxxx01")),
                passes("LDS-016", "ホスト名すべて異なる", OK),
                triggers("LDS-017", "IPアドレス重複（プレフィクス違い）", with("terminals[2].ipAddress", Ipv4Cidr.parse("192.168.1.131/16"))),
                passes("LDS-017", "IPアドレスすべて異なる", OK),
                triggers("LDS-018", "仮想デスクトップでVDIホスト名なし", with("terminals[1].vdiHostName", "")),
                passes("LDS-018", "単体端末でVDI欄なし", OK),
                triggers("LDS-019", "回線2のグローバルIPが回線1と同じ",
                        with("lines[1].globalIpAddress", Ipv4Address.parse("121.119.249.222"))),
                passes("LDS-019", "グローバルIPがすべて異なる", OK),
                triggers("LDS-020", "平面図なし", with("floorPlan.image", null)),
                passes("LDS-020", "平面図あり", OK),
                triggers("LDS-021", "回線2の吹き出しなし", with("floorPlan.callouts[-1]", null)),
                passes("LDS-021", "すべての吹き出しあり", OK),
                passes("LDS-021", "吹き出しが一つもない（LDS-029 が一度だけ伝える）", with("floorPlan.callouts", List.of())),
                triggers("LDS-029", "回線3件・端末5件で吹き出しなし", with("floorPlan.callouts", List.of())),
                passes("LDS-029", "吹き出しが一つでもある", with("floorPlan.callouts[-1]", null)),
                triggers("LDS-022", "回線4の吹き出しがあるが回線は3件", with("floorPlan.callouts[+]",
                        new io.github.medsecforms.model.linesurvey.Callout("回線4 どこか"))),
                passes("LDS-022", "吹き出しはすべて回線・端末に対応", OK),
                triggers("LDS-023", "ポート情報が回線9を指す", with("ports[0].line", "回線9")),
                passes("LDS-023", "ポート情報の回線は存在する", OK),
                triggers("LDS-024", "パスワード入りのパスワードリスト付き", OK).with(new SubmittedForm(OK, "lds.xlsx",
                        io.github.medsecforms.model.Origins.empty(), List.of(), Optional.of(withPasswords))),
                passes("LDS-024", "パスワードが空のパスワードリスト付き", OK).with(new SubmittedForm(OK, "lds.xlsx",
                        io.github.medsecforms.model.Origins.empty(), List.of(), Optional.of(noPasswords))),
                triggers("LDS-025", "パスワードが空のパスワードリスト付き", OK).with(new SubmittedForm(OK, "lds.xlsx",
                        io.github.medsecforms.model.Origins.empty(), List.of(), Optional.of(noPasswords))),
                passes("LDS-025", "パスワードリストなし", OK));
    }

}

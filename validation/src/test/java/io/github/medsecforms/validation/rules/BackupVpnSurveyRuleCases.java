package io.github.medsecforms.validation.rules;

import static io.github.medsecforms.validation.rules.RuleCase.passes;
import static io.github.medsecforms.validation.rules.RuleCase.triggers;

import io.github.medsecforms.model.backupvpn.BackupVpnSurvey;
import io.github.medsecforms.model.backupvpn.VpnDevice;
import io.github.medsecforms.model.common.YesNo;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import java.util.List;
import java.util.Optional;

/**
 * Cases of the backup-vpn-survey rules (BVS-nnn), each a small change to the valid full sample (Q3 はい, Q8 はい,
 * every question answered, two VPN device rows).
 */
final class BackupVpnSurveyRuleCases implements RuleCaseSource {
    private static final BackupVpnSurvey OK = SampleForms.backupVpnSurvey();
    private static final List<String> Q4_TO_Q7 = List.of("backupTested", "generationsKept", "disasterSeparated",
            "leakProtected");
    private static final List<String> Q10_TO_Q14 = List.of("vpnUpdated", "vpnSourceRestricted", "vpnLogsAudited",
            "emergencyDrills", "securityOfficer", "securityOfficerSeparate");

    /** Q3 いいえ, Q4–Q7 left blank as the guide allows. */
    static final BackupVpnSurvey NO_EHR = clear(with("usesEhr", YesNo.NO), Q4_TO_Q7);
    /** Q8 いいえ, Q9–Q14 left blank as the guide allows. */
    static final BackupVpnSurvey NO_VPN = clear(with(with(with("vpnPresent", YesNo.NO), "vpnDevices", List.of()),
            "vpnDevicesText", ""), Q10_TO_Q14);

    private static BackupVpnSurvey with(String path, Object value) {
        return Mutate.set(OK, path, value);
    }

    private static BackupVpnSurvey with(BackupVpnSurvey base, String path, Object value) {
        return Mutate.set(base, path, value);
    }

    private static BackupVpnSurvey clear(BackupVpnSurvey base, List<String> paths) {
        BackupVpnSurvey f = base;
        for (String p : paths) {
            f = Mutate.set(f, p, null);
        }
        return f;
    }

    @Override
    public List<RuleCase> cases() {
        return List.of(
                triggers("BVS-001", "回答者の氏名が空欄", with("respondent.name", "")),
                triggers("BVS-001", "回答者の連絡先が空欄", with("respondent.contact", " ")),
                passes("BVS-001", "回答者の情報がそろっている", OK),
                passes("BVS-001", "設問5の未回答はBVS-002が扱う", with("generationsKept", null)),
                passes("BVS-001", "VPN装置の型番の空欄はBVS-005が扱う", with("vpnDevices[0].model", "")),

                triggers("BVS-002", "設問2が未回答", with("usesGuidelines", null)),
                triggers("BVS-002", "設問3が未回答", with("usesEhr", null)),
                triggers("BVS-002", "設問8が未回答", with("vpnPresent", null)),
                triggers("BVS-002", "設問3「はい」で設問5が未回答", with("generationsKept", null)),
                triggers("BVS-002", "設問8「はい」で設問12が未回答", with("vpnLogsAudited", null)),
                triggers("BVS-002", "設問14の責任者「はい」で別に配置が未回答", with("securityOfficerSeparate", null)),
                passes("BVS-002", "すべて回答", OK),
                passes("BVS-002", "設問3「いいえ」で設問4〜7が未回答", NO_EHR),
                passes("BVS-002", "設問8「いいえ」で設問9〜14が未回答", NO_VPN),
                passes("BVS-002", "設問14の責任者「いいえ」で別に配置が未回答",
                        with(with("securityOfficer", YesNo.NO), "securityOfficerSeparate", null)),

                triggers("BVS-003", "設問3「いいえ」で設問4〜7に回答あり", with("usesEhr", YesNo.NO)),
                triggers("BVS-003", "設問3「いいえ」で設問4だけ「はい」", with(NO_EHR, "backupTested", YesNo.YES)),
                triggers("BVS-003", "設問8「いいえ」で設問10に回答あり", with(NO_VPN, "vpnUpdated", YesNo.YES)),
                triggers("BVS-003", "設問8「いいえ」でVPN装置の行あり", with(NO_VPN, "vpnDevices", OK.vpnDevices())),
                triggers("BVS-003", "設問8「いいえ」で設問9の記述あり", with(NO_VPN, "vpnDevicesText", "ヤマハ RTX1210 1台")),
                passes("BVS-003", "設問3「いいえ」で設問4〜7が空欄", NO_EHR),
                passes("BVS-003", "設問8「いいえ」で以降が空欄", NO_VPN),
                passes("BVS-003", "設問3・8「はい」ですべて回答", OK),

                triggers("BVS-004", "設問8「はい」で記述もVPN装置の行もない", with(with("vpnDevices", List.of()), "vpnDevicesText", "")),
                passes("BVS-004", "設問8「はい」でVPN装置1行（記述なし）", with(with("vpnDevices[-1]", null), "vpnDevicesText", "")),
                passes("BVS-004", "設問8「はい」で記述だけ（行なし）", with("vpnDevices", List.of())),
                passes("BVS-004", "設問8「はい」で行に分けられない記述だけ", with(with("vpnDevices", List.of()),
                        "vpnDevicesText", "保守業者が設置したVPN装置1台（型番は確認中）")),
                passes("BVS-004", "設問8「いいえ」でVPN装置の行なし", NO_VPN),

                triggers("BVS-005", "VPN装置の型番が空欄", with("vpnDevices[1].model", "")),
                triggers("BVS-005", "VPN装置のメーカー名が空欄", with("vpnDevices[0].maker", "")),
                triggers("BVS-005", "VPN装置の台数が空欄", with("vpnDevices[0].count", Optional.empty())),
                triggers("BVS-005", "設問8未回答でもVPN装置の行は完全に記入する", with(with("vpnPresent", null),
                        "vpnDevices[0].count", Optional.empty())),
                passes("BVS-005", "VPN装置の行がそろっている", OK),
                passes("BVS-005", "設問8「いいえ」の不完全な行はBVS-003が扱う", with(NO_VPN, "vpnDevices",
                        List.of(new VpnDevice("Yamaha", "", Optional.empty())))),

                triggers("BVS-006", "VPN装置の台数0", with("vpnDevices[1].count", 0)),
                triggers("BVS-006", "VPN装置の台数が負", with("vpnDevices[0].count", -1)),
                passes("BVS-006", "VPN装置の台数1", with("vpnDevices[1].count", 1)),

                triggers("BVS-007", "責任者「いいえ」で別に配置「はい」",
                        with(with("securityOfficer", YesNo.NO), "securityOfficerSeparate", YesNo.YES)),
                passes("BVS-007", "責任者「いいえ」で別に配置「いいえ」",
                        with(with("securityOfficer", YesNo.NO), "securityOfficerSeparate", YesNo.NO)),
                passes("BVS-007", "責任者「はい」で別に配置「はい」", with("securityOfficerSeparate", YesNo.YES)));
    }
}

package io.github.medsecforms.validation.rules;

import static io.github.medsecforms.validation.rules.RuleCase.passes;
import static io.github.medsecforms.validation.rules.RuleCase.triggers;

import io.github.medsecforms.model.offlinebackup.BackupState;
import io.github.medsecforms.model.offlinebackup.BackupStorage;
import io.github.medsecforms.model.offlinebackup.OfflineBackupIntent;
import io.github.medsecforms.model.offlinebackup.SupportIntent;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import java.util.List;

/**
 * Cases of the offline-backup-intent rules (OBI-nnn), each a small change to the valid full sample (未実施, 年度内に
 * 調達して新設 → 支援A, 院内の物理媒体).
 */
final class OfflineBackupIntentRuleCases implements RuleCaseSource {
    private static final OfflineBackupIntent OK = SampleForms.offlineBackupIntent();

    static OfflineBackupIntent with(String path, Object value) {
        return Mutate.set(OK, path, value);
    }

    static OfflineBackupIntent with(OfflineBackupIntent base, String path, Object value) {
        return Mutate.set(base, path, value);
    }

    /** An answer leading to each 支援方針 (in {@code SupportPolicy} order: 対象外, 報告のみ, 支援A, 支援B, 支援C). */
    static final OfflineBackupIntent NOT_ELIGIBLE = with(with("currentState", BackupState.OFFLINE_IN_OPERATION),
            "intent", null);
    static final OfflineBackupIntent REPORT_ONLY = with(with("currentState", BackupState.PLANNING_WITH_VENDOR),
            "intent", SupportIntent.NO_SUPPORT_NEEDED);
    static final OfflineBackupIntent SUPPORT_A = OK;
    static final OfflineBackupIntent SUPPORT_B = with("intent", SupportIntent.PROCURE_NEXT_YEAR);
    static final OfflineBackupIntent SUPPORT_C = with(with("intent", SupportIntent.CONNECT_EXISTING), "storage",
            BackupStorage.EXTERNAL_CLOUD);

    @Override
    public List<RuleCase> cases() {
        return List.of(
                triggers("OBI-001", "病院名が空欄", with("hospitalName", "")),
                triggers("OBI-001", "患者数が空欄", with("patientCount", null)),
                triggers("OBI-001", "現状が未回答", with("currentState", null)),
                passes("OBI-001", "必須項目がそろっている", OK),
                passes("OBI-001", "運用中で意向・保存先・備考が空欄", with(with(with(NOT_ELIGIBLE, "storage", null),
                        "remarks", ""), "intent", null)),

                triggers("OBI-002", "未実施で意向が未回答", with("intent", null)),
                triggers("OBI-002", "検討中で意向が未回答", with(with("currentState", BackupState.PLANNING_WITH_VENDOR),
                        "intent", null)),
                passes("OBI-002", "運用中で意向が未回答", NOT_ELIGIBLE),
                passes("OBI-002", "現状も意向も未回答（現状の未回答はOBI-001）", with(with("currentState", null),
                        "intent", null)),

                triggers("OBI-003", "運用中で意向「年度内に調達して新設」", with("currentState", BackupState.OFFLINE_IN_OPERATION)),
                passes("OBI-003", "運用中で意向「支援不要」（対象外と食い違わない。D-85）",
                        with(NOT_ELIGIBLE, "intent", SupportIntent.NO_SUPPORT_NEEDED)),
                triggers("OBI-003", "運用中で意向「既存設備に接続」", with(NOT_ELIGIBLE, "intent", SupportIntent.CONNECT_EXISTING)),
                passes("OBI-003", "運用中で意向が空欄", NOT_ELIGIBLE),
                passes("OBI-003", "検討中で意向あり", with("currentState", BackupState.PLANNING_WITH_VENDOR)),

                triggers("OBI-005", "未実施で支援不要（表のどの方針にも当たらない）", with("intent", SupportIntent.NO_SUPPORT_NEEDED)),
                passes("OBI-005", "検討中で支援不要（報告のみ）", REPORT_ONLY),
                passes("OBI-005", "未実施で既存設備に接続", with("intent", SupportIntent.CONNECT_EXISTING)),
                passes("OBI-005", "外部クラウドで年度内に調達（支援A、警告なし）", with("storage", BackupStorage.EXTERNAL_CLOUD)),

                triggers("OBI-006", "対象外", NOT_ELIGIBLE),
                triggers("OBI-006", "報告のみ", REPORT_ONLY),
                triggers("OBI-006", "支援A", SUPPORT_A),
                triggers("OBI-006", "支援B", SUPPORT_B),
                triggers("OBI-006", "支援C", SUPPORT_C),
                passes("OBI-006", "未実施で意向が未回答（方針が決まらない）", with("intent", null)),
                passes("OBI-006", "現状も意向も未回答", with(with("currentState", null), "intent", null)),
                passes("OBI-006", "未実施で支援不要（方針が決まらない）", with("intent", SupportIntent.NO_SUPPORT_NEEDED)),

                triggers("OBI-007", "支援Aで保存先が未回答", with("storage", null)),
                triggers("OBI-007", "支援Cで保存先が未回答", with(SUPPORT_C, "storage", null)),
                passes("OBI-007", "報告のみで保存先が未回答", with(REPORT_ONLY, "storage", null)),
                passes("OBI-007", "対象外で保存先が未回答", with(NOT_ELIGIBLE, "storage", null)),
                passes("OBI-007", "支援Aで保存先あり", OK));
    }
}

package io.github.medsecforms.validation.internal.rules;

import static io.github.medsecforms.model.Severity.ERROR;
import static io.github.medsecforms.model.Severity.INFO;
import static io.github.medsecforms.model.Severity.WARNING;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.model.offlinebackup.BackupState;
import io.github.medsecforms.model.offlinebackup.OfflineBackupIntent;
import io.github.medsecforms.model.offlinebackup.SupportIntent;
import io.github.medsecforms.model.offlinebackup.SupportPolicy;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules of {@code offline-backup-intent}, from the briefing's 「支援方針の決定」 and 「支援方針ごとの対応範囲」 (seed 002)
 * and CATALOGUE.md §5. The 患者数 bounds (1–3000) are field constraints, not rules. OBI-006 states the derived
 * 支援方針 and records it in the report's derived values ({@code supportPolicy}, {@code hospitalTasks},
 * {@code programmeTasks}).
 */
final class OfflineBackupIntentRules {
    private static final Class<OfflineBackupIntent> T = OfflineBackupIntent.class;
    private static final String PLANNING = "電子カルテベンダ様等とオフラインバックアップの方針を検討中であり、且つ、本事業での支援が不要な医療機関様は、アンケートにてその旨ご回答ください";
    private static final String DECIDED = "Webアンケートの結果より、本事業における医療機関様への支援方針を決定";

    /** Separator of the task lists, in messages and derived values (the tasks themselves contain 「、」). */
    static final String SEPARATOR = " / ";

    private static final Set<SupportPolicy> SUPPORTED =
            EnumSet.of(SupportPolicy.SUPPORT_A, SupportPolicy.SUPPORT_B, SupportPolicy.SUPPORT_C);

    private OfflineBackupIntentRules() {
    }

    static List<Rule<?>> rules() {
        return List.of(
                RequiredRule.of(T, "OBI-001", Set.of(),
                        Basis.ourDesign("アンケートはWebフォームで、病院名・患者数・現状を回答必須の設問として印を付けている")
                                .and("002", "病院名を入力してください", "患者数を入力してください")),
                Rule.of(T, "OBI-002", ERROR, Stage.REQUIRED,
                        "支援方針（支援A/B/C・報告のみ）はアンケートの意向から決まる", Basis.seed("002", DECIDED, PLANNING),
                        "現状「オフラインバックアップ未実施」で支援の意向が未回答", (f, c) -> {
                            if (f.currentState().isPresent() && !inOperation(f) && f.intent().isEmpty()) {
                                c.report("intent");
                            }
                        }),
                Rule.of(T, "OBI-003", WARNING, Stage.CROSS_FIELD,
                        "既にオフラインバックアップを取得済の場合は本事業での支援対象外",
                        Basis.seed("002", "既にオフラインバックアップを取得済の場合、アンケートにその旨ご回答ください（本事業での支援対象外となります）"),
                        "現状「オフラインバックアップを運用中」で支援の意向「サーバ・物品を年度内に調達して新設する」", (f, c) -> {
                            // 支援は不要 agrees with 対象外: nothing to say (our design; obi-w24-a, a correct export, was
                            // warned that its 支援は不要 was not reflected in the policy)
                            if (inOperation(f)) {
                                f.intent().filter(i -> i != SupportIntent.NO_SUPPORT_NEEDED)
                                        .ifPresent(i -> c.reportValue("intent", i.label()));
                            }
                        }),
                Rule.of(T, "OBI-005", WARNING, Stage.CROSS_FIELD,
                        "「報告のみ」は電子カルテベンダ等と方針を検討中で支援不要の医療機関が対象。未実施で支援不要の回答は表のどの方針にも当たらない",
                        Basis.seed("002", PLANNING),
                        "現状「オフラインバックアップ未実施」で支援の意向「支援は不要（電子カルテベンダ等と検討中）」", (f, c) -> {
                            if (f.currentState().orElse(null) == BackupState.NOT_IMPLEMENTED
                                    && f.intent().orElse(null) == SupportIntent.NO_SUPPORT_NEEDED) {
                                c.reportValue("intent", f.intent().get().label());
                            }
                        }),
                Rule.of(T, "OBI-006", INFO, Stage.CROSS_FIELD,
                        "アンケートの結果より支援方針を決定し、方針と保存先ごとに医療機関様で必要な対応と構成が決まる",
                        Basis.seed("002", DECIDED, "【支援A,B】 サーバを院内へ新設し、バックアップ媒体を接続する構成",
                                "【支援A,B,C】 クラウド接続装置を院内へ新設し、クラウドストレージへ接続する構成", "※サーバの新設は不要となります。"),
                        "現状「オフラインバックアップ未実施」、意向「年度内に調達して新設」→ 支援A と必要な対応の一覧", (f, c) ->
                                f.supportPolicy().ifPresent(p -> {
                                    String tasks = String.join(SEPARATOR, f.hospitalTasks());
                                    c.derive("supportPolicy", p.label());
                                    c.derive("hospitalTasks", tasks);
                                    c.derive("programmeTasks", String.join(SEPARATOR, f.programmeTasks()));
                                    f.configuration().ifPresent(x -> c.derive("configuration", x));
                                    c.reportValue("", p.label(), tasks, POLICY_EN.get(p), String.join(SEPARATOR,
                                                    f.hospitalTasks().stream().map(t -> TASKS_EN.getOrDefault(t, t)).toList()),
                                            f.configuration().map(x -> "構成: " + x + "。").orElse(""),
                                            f.configuration().map(x -> "Configuration: " + CONFIGURATION_EN.getOrDefault(x, x)
                                                    + ". ").orElse(""));
                                })),
                Rule.of(T, "OBI-007", WARNING, Stage.REQUIRED,
                        "支援A・B・Cの構成は保存先（院内の物理媒体／外部クラウド）で異なる",
                        Basis.seed("002", "【支援A,B】 サーバを院内へ新設し、バックアップ媒体を接続する構成",
                                "【支援A,B,C】 クラウド接続装置を院内へ新設し、クラウドストレージへ接続する構成"),
                        "支援の意向「サーバは新設せず既存設備に媒体を接続する」で保存先が未回答", (f, c) -> {
                            if (f.supportPolicy().filter(SUPPORTED::contains).isPresent() && f.storage().isEmpty()) {
                                c.report("storage");
                            }
                        }));
    }

    private static boolean inOperation(OfflineBackupIntent f) {
        return f.currentState().orElse(null) == BackupState.OFFLINE_IN_OPERATION;
    }

    /** English names of the policies, for the English message of OBI-006. */
    static final Map<SupportPolicy, String> POLICY_EN = Map.of(
            SupportPolicy.NOT_ELIGIBLE, "not eligible (offline backup already in operation)",
            SupportPolicy.REPORT_ONLY, "report only (planning with the EHR vendor, no support needed)",
            SupportPolicy.SUPPORT_A, "Support A (procure a new server and goods within the fiscal year)",
            SupportPolicy.SUPPORT_B, "Support B (procure a new server and goods from the next fiscal year)",
            SupportPolicy.SUPPORT_C, "Support C (no new server; connect media to existing equipment)");

    /** English texts of {@link SupportPolicy#hospitalTasks()}, for the English message of OBI-006. */
    static final Map<String, String> TASKS_EN = Map.ofEntries(
            Map.entry("なし（Webアンケート回答のみで完了）", "nothing (answering the web survey completes it)"),
            Map.entry("Webアンケート回答", "answer the web survey"),
            Map.entry("支援事業者との打ち合わせ対応（2~3回程度）", "meetings with the support contractor (about 2 to 3)"),
            Map.entry("支援事業者との打ち合わせ対応（1回程度）", "a meeting with the support contractor (about 1)"),
            Map.entry("新設サーバ、バックアップ媒体の調達", "procure the new server and backup media"),
            Map.entry("新設サーバ、バックアップ媒体の保守手配", "arrange maintenance of the new server and backup media"),
            Map.entry("バックアップ媒体の調達", "procure the backup media"),
            Map.entry("バックアップ媒体の保守手配", "arrange maintenance of the backup media"),
            Map.entry("既存機器（電子カルテサーバ、バックアップサーバ、NW機器等）の設定変更対応（手配）",
                    "arrange configuration changes of existing equipment (EHR server, backup server, network devices)"),
            Map.entry("現地作業における立ち合い対応", "attend the on-site work"),
            Map.entry("新設サーバの構築作業（次年度以降）", "build the new server (from the next fiscal year)"),
            Map.entry("バックアップ媒体（クラウドサービス）の調達", "procure the backup medium (the cloud service)"),
            Map.entry("バックアップ媒体（クラウドサービス）の保守手配",
                    "arrange maintenance of the backup medium (the cloud service)"));

    /** English texts of {@link SupportPolicy#configuration}, for the English message of OBI-006. */
    static final Map<String, String> CONFIGURATION_EN = Map.of(
            "サーバを院内へ新設し、バックアップ媒体を接続する構成",
            "a new server on the premises with the backup media connected to it",
            "既設環境にバックアップ媒体を接続する構成", "backup media connected to the existing equipment",
            "クラウド接続装置を院内へ新設し、クラウドストレージへ接続する構成（サーバの新設は不要。クラウド接続装置はクラウド事業者が調達・設置し、医療機関様でのご対応は不要）",
            "a cloud connection device on the premises connected to cloud storage (no new server; the cloud provider "
                    + "procures and installs the device, nothing for the hospital to do)");
}

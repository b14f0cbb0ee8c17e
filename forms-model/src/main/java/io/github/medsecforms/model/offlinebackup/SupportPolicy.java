package io.github.medsecforms.model.offlinebackup;

import io.github.medsecforms.model.Choice;
import java.util.List;
import java.util.Optional;

/**
 * 支援方針: the support the programme gives, derived from the offline-backup intent survey (never typed in). The
 * task lists are the briefing's table 「支援方針ごとの対応範囲」 (seed 002); for 支援A/B/C they depend on where the
 * backup is kept (「オフラインバックアップ構成」): on 院内の物理媒体 the table applies as printed, to an 外部クラウド 「サーバの
 * 新設は不要」 and 「クラウド接続装置はクラウド事業者にて調達・設置します。医療機関様でのご対応は不要」, so the table's
 * new-server lines fall away and the backup medium is the cloud service (docs/decisions.md D-23).
 */
public enum SupportPolicy implements Choice {
    /** Offline backup of the EHR already in operation. */
    NOT_ELIGIBLE("対象外",
            List.of(Tasks.NONE),
            List.of(Tasks.SHARE_REQUIREMENTS,
                    "医療機関様で導入済のオフラインバックアップ方針（構成概要）をヒアリングし、厚労省へ報告"),
            List.of(Tasks.NONE),
            List.of(Tasks.SHARE_REQUIREMENTS,
                    "医療機関様で導入済のオフラインバックアップ方針（構成概要）をヒアリングし、厚労省へ報告")),
    /** Planning with the EHR vendor; no support needed. */
    REPORT_ONLY("報告のみ",
            List.of(Tasks.NONE),
            List.of(Tasks.SHARE_REQUIREMENTS,
                    "医療機関様で検討中のオフラインバックアップ方針（構成概要、導入予定期）をヒアリングし、厚労省へ報告"),
            List.of(Tasks.NONE),
            List.of(Tasks.SHARE_REQUIREMENTS,
                    "医療機関様で検討中のオフラインバックアップ方針（構成概要、導入予定期）をヒアリングし、厚労省へ報告")),
    /** Will procure supported goods within the fiscal year (a new server on premises; none for a cloud). */
    SUPPORT_A("支援A",
            List.of(Tasks.SURVEY, Tasks.MEETINGS_AB, "新設サーバ、バックアップ媒体の調達", "新設サーバ、バックアップ媒体の保守手配",
                    Tasks.EXISTING_EQUIPMENT, Tasks.ATTEND_ON_SITE),
            List.of(Tasks.SHARE_REQUIREMENTS, Tasks.CONFIRM_INTENT, Tasks.PLAN_AND_PROCEDURES,
                    "新設サーバ、バックアップ媒体の現地構築、設置対応"),
            List.of(Tasks.SURVEY, Tasks.MEETINGS_AB, Tasks.CLOUD_PROCURE, Tasks.CLOUD_MAINTAIN, Tasks.EXISTING_EQUIPMENT,
                    Tasks.ATTEND_ON_SITE),
            List.of(Tasks.SHARE_REQUIREMENTS, Tasks.CONFIRM_INTENT, Tasks.PLAN_AND_PROCEDURES,
                    "クラウドストレージへ接続する構成の現地構築対応")),
    /** Will procure from the next fiscal year. */
    SUPPORT_B("支援B",
            List.of(Tasks.SURVEY, Tasks.MEETINGS_AB, "新設サーバ、バックアップ媒体の調達", "新設サーバ、バックアップ媒体の保守手配",
                    Tasks.EXISTING_EQUIPMENT, "新設サーバの構築作業（次年度以降）"),
            List.of(Tasks.SHARE_REQUIREMENTS, Tasks.CONFIRM_INTENT, Tasks.PLAN_AND_PROCEDURES,
                    "新設サーバ、バックアップ媒体の現地構築手順を医療機関様へ提供"),
            List.of(Tasks.SURVEY, Tasks.MEETINGS_AB, Tasks.CLOUD_PROCURE, Tasks.CLOUD_MAINTAIN, Tasks.EXISTING_EQUIPMENT),
            List.of(Tasks.SHARE_REQUIREMENTS, Tasks.CONFIRM_INTENT, Tasks.PLAN_AND_PROCEDURES,
                    "クラウドストレージへ接続する構成の構築手順を医療機関様へ提供")),
    /** No new server: supported media connected to existing equipment (or, for a cloud, the cloud connection). */
    SUPPORT_C("支援C",
            List.of(Tasks.SURVEY, "支援事業者との打ち合わせ対応（1回程度）", "バックアップ媒体の調達", "バックアップ媒体の保守手配",
                    Tasks.EXISTING_EQUIPMENT),
            List.of(Tasks.SHARE_REQUIREMENTS, Tasks.CONFIRM_INTENT, "医療機関様の意向をもとに、オフラインバックアップの計画の策定を支援"),
            List.of(Tasks.SURVEY, "支援事業者との打ち合わせ対応（1回程度）", Tasks.CLOUD_PROCURE, Tasks.CLOUD_MAINTAIN,
                    Tasks.EXISTING_EQUIPMENT),
            List.of(Tasks.SHARE_REQUIREMENTS, Tasks.CONFIRM_INTENT, "医療機関様の意向をもとに、オフラインバックアップの計画の策定を支援"));

    private final String label;
    private final List<String> hospitalTasks;
    private final List<String> programmeTasks;
    private final List<String> cloudHospitalTasks;
    private final List<String> cloudProgrammeTasks;

    SupportPolicy(String label, List<String> hospitalTasks, List<String> programmeTasks,
                  List<String> cloudHospitalTasks, List<String> cloudProgrammeTasks) {
        this.label = label;
        this.hospitalTasks = hospitalTasks;
        this.programmeTasks = programmeTasks;
        this.cloudHospitalTasks = cloudHospitalTasks;
        this.cloudProgrammeTasks = cloudProgrammeTasks;
    }

    @Override
    public String label() {
        return label;
    }

    /** 医療機関様で必要な対応, the briefing's table as printed (the wording of 院内の物理媒体). */
    public List<String> hospitalTasks() {
        return hospitalTasks;
    }

    /** 本事業での支援対応, the briefing's table as printed (the wording of 院内の物理媒体). */
    public List<String> programmeTasks() {
        return programmeTasks;
    }

    /**
     * 医療機関様で必要な対応 for a storage: to an 外部クラウド no new server is procured, maintained or built (the cloud
     * connection device is the cloud provider's), the backup medium is the cloud service; unknown storage gives the
     * table as printed.
     */
    public List<String> hospitalTasks(Optional<BackupStorage> storage) {
        return storage.orElse(null) == BackupStorage.EXTERNAL_CLOUD ? cloudHospitalTasks : hospitalTasks;
    }

    /** 本事業での支援対応 for a storage (see {@link #hospitalTasks(Optional)}). */
    public List<String> programmeTasks(Optional<BackupStorage> storage) {
        return storage.orElse(null) == BackupStorage.EXTERNAL_CLOUD ? cloudProgrammeTasks : programmeTasks;
    }

    /**
     * The configuration the briefing's 「オフラインバックアップ構成」 gives this policy on a storage; empty for 対象外 and
     * 報告のみ (nothing is built) and when the storage is not known.
     */
    public Optional<String> configuration(Optional<BackupStorage> storage) {
        if (this == NOT_ELIGIBLE || this == REPORT_ONLY || storage.isEmpty()) {
            return Optional.empty();
        }
        if (storage.get() == BackupStorage.EXTERNAL_CLOUD) {
            return Optional.of(Tasks.CLOUD_CONFIGURATION);
        }
        return Optional.of(this == SUPPORT_C ? "既設環境にバックアップ媒体を接続する構成"
                : "サーバを院内へ新設し、バックアップ媒体を接続する構成");
    }

    /** Task texts shared by several policies. */
    private static final class Tasks {
        static final String NONE = "なし（Webアンケート回答のみで完了）";
        static final String SURVEY = "Webアンケート回答";
        static final String MEETINGS_AB = "支援事業者との打ち合わせ対応（2~3回程度）";
        static final String EXISTING_EQUIPMENT = "既存機器（電子カルテサーバ、バックアップサーバ、NW機器等）の設定変更対応（手配）";
        static final String ATTEND_ON_SITE = "現地作業における立ち合い対応";
        static final String CLOUD_PROCURE = "バックアップ媒体（クラウドサービス）の調達";
        static final String CLOUD_MAINTAIN = "バックアップ媒体（クラウドサービス）の保守手配";
        static final String SHARE_REQUIREMENTS = "本事業におけるオフラインバックアップの要件を医療機関様へ共有";
        static final String CONFIRM_INTENT = "打ち合わせにて医療機関様へ既存バックアップの状況、計画の意向を確認";
        static final String PLAN_AND_PROCEDURES = "医療機関様の意向をもとに、オフラインバックアップの計画・運用手順の策定を支援";
        static final String CLOUD_CONFIGURATION = "クラウド接続装置を院内へ新設し、クラウドストレージへ接続する構成"
                + "（サーバの新設は不要。クラウド接続装置はクラウド事業者が調達・設置し、医療機関様でのご対応は不要）";

        private Tasks() {
        }
    }
}

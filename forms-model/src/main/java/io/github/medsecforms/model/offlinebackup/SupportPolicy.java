package io.github.medsecforms.model.offlinebackup;

import io.github.medsecforms.model.Choice;
import java.util.List;

/**
 * 支援方針: the support the programme gives, derived from the offline-backup intent survey (never typed in). The
 * task lists are the briefing's table 「支援方針ごとの対応範囲」.
 */
public enum SupportPolicy implements Choice {
    /** Offline backup of the EHR already in operation. */
    NOT_ELIGIBLE("対象外",
            List.of("なし（Webアンケート回答のみで完了）"),
            List.of("本事業におけるオフラインバックアップの要件を医療機関様へ共有",
                    "医療機関様で導入済のオフラインバックアップ方針（構成概要）をヒアリングし、厚労省へ報告")),
    /** Planning with the EHR vendor; no support needed. */
    REPORT_ONLY("報告のみ",
            List.of("なし（Webアンケート回答のみで完了）"),
            List.of("本事業におけるオフラインバックアップの要件を医療機関様へ共有",
                    "医療機関様で検討中のオフラインバックアップ方針（構成概要、導入予定期）をヒアリングし、厚労省へ報告")),
    /** Will procure a supported server and goods within the fiscal year. */
    SUPPORT_A("支援A",
            List.of("Webアンケート回答", "支援事業者との打ち合わせ対応（2~3回程度）", "新設サーバ、バックアップ媒体の調達",
                    "新設サーバ、バックアップ媒体の保守手配", "既存機器（電子カルテサーバ、バックアップサーバ、NW機器等）の設定変更対応（手配）",
                    "現地作業における立ち合い対応"),
            List.of("本事業におけるオフラインバックアップの要件を医療機関様へ共有", "打ち合わせにて医療機関様へ既存バックアップの状況、計画の意向を確認",
                    "医療機関様の意向をもとに、オフラインバックアップの計画・運用手順の策定を支援", "新設サーバ、バックアップ媒体の現地構築、設置対応")),
    /** Will procure from the next fiscal year. */
    SUPPORT_B("支援B",
            List.of("Webアンケート回答", "支援事業者との打ち合わせ対応（2~3回程度）", "新設サーバ、バックアップ媒体の調達",
                    "新設サーバ、バックアップ媒体の保守手配", "既存機器（電子カルテサーバ、バックアップサーバ、NW機器等）の設定変更対応（手配）",
                    "新設サーバの構築作業（次年度以降）"),
            List.of("本事業におけるオフラインバックアップの要件を医療機関様へ共有", "打ち合わせにて医療機関様へ既存バックアップの状況、計画の意向を確認",
                    "医療機関様の意向をもとに、オフラインバックアップの計画・運用手順の策定を支援", "新設サーバ、バックアップ媒体の現地構築手順を医療機関様へ提供")),
    /** No new server: supported media connected to existing equipment. */
    SUPPORT_C("支援C",
            List.of("Webアンケート回答", "支援事業者との打ち合わせ対応（1回程度）", "バックアップ媒体の調達", "バックアップ媒体の保守手配",
                    "既存機器（電子カルテサーバ、バックアップサーバ、NW機器等）の設定変更対応（手配）"),
            List.of("本事業におけるオフラインバックアップの要件を医療機関様へ共有", "打ち合わせにて医療機関様へ既存バックアップの状況、計画の意向を確認",
                    "医療機関様の意向をもとに、オフラインバックアップの計画の策定を支援"));

    private final String label;
    private final List<String> hospitalTasks;
    private final List<String> programmeTasks;

    SupportPolicy(String label, List<String> hospitalTasks, List<String> programmeTasks) {
        this.label = label;
        this.hospitalTasks = hospitalTasks;
        this.programmeTasks = programmeTasks;
    }

    @Override
    public String label() {
        return label;
    }

    /** 医療機関様で必要な対応. */
    public List<String> hospitalTasks() {
        return hospitalTasks;
    }

    /** 本事業での支援対応. */
    public List<String> programmeTasks() {
        return programmeTasks;
    }
}

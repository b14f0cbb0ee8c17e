package io.github.medsecforms.model.offlinebackup;

import io.github.medsecforms.model.meta.ChoiceBasis;
import io.github.medsecforms.model.Choice;

/** 電子カルテのオフラインバックアップの現状 (our design, from the briefing's categories). */
@ChoiceBasis("our design: アンケート（Webフォーム）の選択肢の文言は資料になく、「支援方針の決定」の区分（取得済・ベンダ等と検討中・それ以外）から作った")
public enum BackupState implements Choice {
    OFFLINE_IN_OPERATION("オフラインバックアップを運用中"),
    PLANNING_WITH_VENDOR("電子カルテベンダ等と方針を検討中"),
    NOT_IMPLEMENTED("オフラインバックアップ未実施");

    private final String label;

    BackupState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

package io.github.medsecforms.model.offlinebackup;

import io.github.medsecforms.model.Choice;

/** 電子カルテのオフラインバックアップの現状 (our design, from the briefing's categories). */
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

package io.github.medsecforms.model.offlinebackup;

import io.github.medsecforms.model.Choice;

/** バックアップの保存先: 院内の物理媒体 / 外部クラウド (cloud needs no new server). */
public enum BackupStorage implements Choice {
    ON_PREMISES_MEDIA("院内の物理媒体"),
    EXTERNAL_CLOUD("外部クラウド");

    private final String label;

    BackupStorage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

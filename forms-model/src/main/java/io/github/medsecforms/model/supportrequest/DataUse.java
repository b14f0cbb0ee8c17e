package io.github.medsecforms.model.supportrequest;

import io.github.medsecforms.model.Choice;

/** サイバーセキュリティ調査における回答データの活用の可否: 可 / 不可. */
public enum DataUse implements Choice {
    ALLOWED("可"),
    NOT_ALLOWED("不可");

    private final String label;

    DataUse(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

package io.github.medsecforms.model.inspection;

import io.github.medsecforms.model.Choice;

/** 提出: 提出 / 未作成 / 未提出. */
public enum Submission implements Choice {
    SUBMITTED("提出"),
    NOT_CREATED("未作成"),
    NOT_SUBMITTED("未提出");

    private final String label;

    Submission(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

package io.github.medsecforms.model.inspection;

import io.github.medsecforms.model.meta.ChoiceBasis;
import io.github.medsecforms.model.Choice;

/** 提出: 提出 / 未作成 / 未提出. */
public enum Submission implements Choice {
    SUBMITTED("提出"),
    @ChoiceBasis("our design: 別紙1の一覧に提出の別の欄はなく、書類6・7の「作成していれば」を表すために設けた")
    NOT_CREATED("未作成"),
    @ChoiceBasis("our design: 別紙1の一覧に提出の別の欄はなく、提出しない書類を一覧で示すために設けた")
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

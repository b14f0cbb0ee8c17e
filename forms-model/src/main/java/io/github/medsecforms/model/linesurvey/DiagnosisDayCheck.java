package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Choice;

/** 脆弱性診断当日記入欄 / グローバルIP確認: 確認済み / 入力不要. */
public enum DiagnosisDayCheck implements Choice {
    CONFIRMED("確認済み"),
    NOT_REQUIRED("入力不要");

    private final String label;

    DiagnosisDayCheck(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

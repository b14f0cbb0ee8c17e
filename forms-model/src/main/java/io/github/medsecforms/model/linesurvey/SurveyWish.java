package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Choice;

/** 調査希望: 調査希望あり / 調査希望なし. */
public enum SurveyWish implements Choice {
    REQUESTED("調査希望あり"),
    NOT_REQUESTED("調査希望なし");

    private final String label;

    SurveyWish(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

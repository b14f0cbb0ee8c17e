package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Choice;

/** 本施策の同意確認: the only accepted answer is 同意する. */
public enum Consent implements Choice {
    AGREE("同意する");

    private final String label;

    Consent(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

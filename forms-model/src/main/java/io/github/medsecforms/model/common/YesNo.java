package io.github.medsecforms.model.common;

import io.github.medsecforms.model.meta.ChoiceBasis;
import io.github.medsecforms.model.Choice;

/** はい / いいえ. */
@ChoiceBasis("001「はい・いいえ」")
public enum YesNo implements Choice {
    YES("はい"),
    NO("いいえ");

    private final String label;

    YesNo(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

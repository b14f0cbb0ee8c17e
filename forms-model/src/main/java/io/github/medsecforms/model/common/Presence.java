package io.github.medsecforms.model.common;

import io.github.medsecforms.model.meta.ChoiceBasis;
import io.github.medsecforms.model.Choice;

/** あり / なし. */
@ChoiceBasis("002")
public enum Presence implements Choice {
    PRESENT("あり"),
    ABSENT("なし");

    private final String label;

    Presence(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

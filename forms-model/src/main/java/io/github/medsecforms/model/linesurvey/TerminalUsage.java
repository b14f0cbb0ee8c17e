package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Choice;

/** シンクラ利用 (the briefing's OCR text reads シングル利用): 単体 / 仮想デスクトップ. */
public enum TerminalUsage implements Choice {
    STANDALONE("単体"),
    VIRTUAL_DESKTOP("仮想デスクトップ");

    private final String label;

    TerminalUsage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

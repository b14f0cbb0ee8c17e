package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Choice;

/** 固定IP/動的IP. */
public enum IpAssignment implements Choice {
    STATIC("固定IP"),
    DYNAMIC("動的IP");

    private final String label;

    IpAssignment(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

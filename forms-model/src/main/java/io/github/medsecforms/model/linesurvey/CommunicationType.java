package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Choice;

/** 通信形態 (our design for the values beyond the briefing's examples; see docs/decisions.md). */
public enum CommunicationType implements Choice {
    INTERNET("インターネット"),
    INTERNET_VPN("インターネットVPN"),
    CLOSED_NETWORK("閉域網"),
    MOBILE("モバイル回線"),
    OTHER("その他");

    private final String label;

    CommunicationType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

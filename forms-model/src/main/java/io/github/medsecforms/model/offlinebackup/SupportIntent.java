package io.github.medsecforms.model.offlinebackup;

import io.github.medsecforms.model.meta.ChoiceBasis;
import io.github.medsecforms.model.Choice;

/** 本事業での支援の意向 (our design, from the briefing's 支援A/B/C/報告のみ descriptions). */
@ChoiceBasis("our design: アンケートの選択肢の文言は資料になく、支援A・B・C・報告のみの概要（「支援方針ごとの対応範囲」）から作った")
public enum SupportIntent implements Choice {
    PROCURE_THIS_YEAR("サーバ・物品を年度内に調達して新設する"),
    PROCURE_NEXT_YEAR("サーバ・物品を次年度以降に調達して新設する"),
    CONNECT_EXISTING("サーバは新設せず既存設備に媒体を接続する"),
    NO_SUPPORT_NEEDED("支援は不要（電子カルテベンダ等と検討中）");

    private final String label;

    SupportIntent(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

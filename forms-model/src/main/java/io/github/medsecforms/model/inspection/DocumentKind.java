package io.github.medsecforms.model.inspection;

import io.github.medsecforms.model.Choice;
import java.util.Optional;

/** The seven documents of 別紙1 サイバーセキュリティ対策関連書類一覧, in the notice's order. */
public enum DocumentKind implements Choice {
    CHECKLIST_HOSPITAL(1, "チェックリスト（医療機関確認用）", true, "checklist-hospital"),
    CHECKLIST_VENDOR(2, "チェックリスト（事業者確認用）", true, "checklist-vendor"),
    CHECKLIST_MINIMUM(3, "チェックリスト（最低限の措置編）", true, "checklist-minimum"),
    DEVICE_LEDGER(4, "機器管理台帳", true, ""),
    INCIDENT_CONTACT_CHART(5, "インシデント発生時の連絡体制図", true, ""),
    NETWORK_DIAGRAM(6, "ネットワーク構成図及びシステム全体構成図", false, ""),
    BCP(7, "サイバー攻撃を想定した事業継続計画（BCP）", false, "");

    private final int number;
    private final String label;
    private final boolean required;
    private final String formId;

    DocumentKind(int number, String label, boolean required, String formId) {
        this.number = number;
        this.label = label;
        this.required = required;
        this.formId = formId;
    }

    /** The number in 別紙1 (1–7). */
    public int number() {
        return number;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether every hospital submits it; 6 and 7 are submitted only if they were made. */
    public boolean required() {
        return required;
    }

    /** The id of the form medsec-forms reads for this document, if it reads one (the checklists). */
    public Optional<String> formId() {
        return formId.isEmpty() ? Optional.empty() : Optional.of(formId);
    }
}

package io.github.medsecforms.model.inspection;

import io.github.medsecforms.model.Choice;
import java.util.Optional;

/** The seven documents of 別紙1 サイバーセキュリティ対策関連書類一覧, in the notice's order. */
public enum DocumentKind implements Choice {
    CHECKLIST_HOSPITAL(1, "チェックリスト（医療機関確認用）", DocumentCondition.ASKED, "checklist-hospital"),
    CHECKLIST_VENDOR(2, "チェックリスト（事業者確認用）", DocumentCondition.IF_VENDOR_CONTRACTS, "checklist-vendor"),
    CHECKLIST_MINIMUM(3, "チェックリスト（最低限の措置編）", DocumentCondition.ASKED, "checklist-minimum"),
    DEVICE_LEDGER(4, "機器管理台帳", DocumentCondition.ASKED, ""),
    INCIDENT_CONTACT_CHART(5, "インシデント発生時の連絡体制図", DocumentCondition.ASKED, ""),
    NETWORK_DIAGRAM(6, "ネットワーク構成図及びシステム全体構成図", DocumentCondition.IF_MADE, ""),
    BCP(7, "サイバー攻撃を想定した事業継続計画（BCP）", DocumentCondition.IF_MADE, "");

    private final int number;
    private final String label;
    private final DocumentCondition condition;
    private final String formId;

    DocumentKind(int number, String label, DocumentCondition condition, String formId) {
        this.number = number;
        this.label = label;
        this.condition = condition;
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

    /**
     * Whether 別紙1 asks every hospital for it (1, 3, 4, 5). Submission stays voluntary (「提出は任意」): a missing one is
     * never an error. 2 is asked where there are vendors, 6 and 7 only if they were made ({@link #condition()}).
     */
    public boolean required() {
        return condition == DocumentCondition.ASKED;
    }

    /** When 別紙1 asks for it. */
    public DocumentCondition condition() {
        return condition;
    }

    /** The id of the form medsec-forms reads for this document, if it reads one (the checklists). */
    public Optional<String> formId() {
        return formId.isEmpty() ? Optional.empty() : Optional.of(formId);
    }
}

package io.github.medsecforms.model;

/**
 * The order in which problems are checked and shown, so that users fix what can be fixed first: a wrong structure
 * before unreadable values, missing values before wrong ones, a single field before the relations between fields,
 * sheets and forms.
 */
public enum Stage {
    /** The workbook itself: sheets, tables, the form's version. */
    STRUCTURE("構成", "structure"),
    /** Values that could not be read as their type (a date, an address, a code). */
    TYPES("型", "types"),
    /** Required values that are missing. */
    REQUIRED("必須", "required"),
    /** A single field's value. */
    FIELDS("項目", "fields"),
    /** Fields of one row or block that contradict each other. */
    CROSS_FIELD("項目間", "cross-field"),
    /** Sheets of one form that contradict each other. */
    CROSS_SHEET("シート間", "cross-sheet"),
    /** Forms of one submission package that contradict each other. */
    CROSS_FORM("様式間", "cross-form"),
    /**
     * Submissions of a whole batch (a prefecture's or the secretariat's inbox) that repeat or contradict each other:
     * resubmissions, one code with two names, one global address claimed by two hospitals.
     */
    ACROSS_SUBMISSIONS("提出間", "across submissions");

    private final String label;
    private final String labelEn;

    Stage(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }
}

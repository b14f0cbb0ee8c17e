package io.github.medsecforms.model;

/** How serious a finding is. Errors block a submission; warnings and information do not. */
public enum Severity {
    /** Must be fixed before the form is submitted. */
    ERROR("エラー", "error"),
    /** Worth a look; does not block. */
    WARNING("警告", "warning"),
    /** For information only. */
    INFO("情報", "info");

    private final String label;
    private final String labelEn;

    Severity(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /** Japanese name: エラー, 警告, 情報. */
    public String label() {
        return label;
    }

    /** English name: error, warning, info. */
    public String labelEn() {
        return labelEn;
    }
}

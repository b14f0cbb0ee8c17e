package io.github.medsecforms.model;

/**
 * A value of a choice field. Implemented by enums whose constants are English identifiers and whose
 * {@link #label()} is the official Japanese wording shown in the form's dropdown (はい, 調査希望あり, 固定IP, …).
 */
public interface Choice {
    /** The official Japanese wording of this choice, exactly as the form's dropdown shows it. */
    String label();
}

package io.github.medsecforms.model.meta;

/** How the reader normalises free text of a field. */
public enum TextKind {
    /** Trimmed; full-width ASCII and half-width katakana are normalised (NFKC). */
    PLAIN,
    /** A person's or organisation's name: trimmed only, never NFKC-normalised. */
    NAME,
    /** A reading in kana: trimmed; half-width katakana widened. */
    KANA,
    /** Multi-line free text (備考): line breaks kept, trimmed only. */
    MULTILINE
}

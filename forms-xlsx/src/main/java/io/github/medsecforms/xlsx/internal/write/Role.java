package io.github.medsecforms.xlsx.internal.write;

/** What a placed cell is for: decides its style, whether it is locked, and how it counts for widths and heights. */
public enum Role {
    /** Row 1: the form title (first sheet) or the sheet name. */
    TITLE,
    /** Row 2, column A: the version label, e.g. 令和6年度版. */
    VERSION,
    /** Row 2, last column: the form id in small grey text. */
    FORM_ID,
    /** The 提出不要 banner of the password list. */
    BANNER,
    /** The bold heading above a block of fields or a table. */
    BLOCK_TITLE,
    /** Column A of a block of fields: the outermost group (担当者①), merged down its fields. */
    GROUP_LABEL,
    /** The label of a single field. */
    FIELD_LABEL,
    /** A table header cell: a group over several columns or a column label. */
    HEADER,
    /** Column A of a table: 回線1, No.1, … */
    ROW_LABEL,
    /** Column A of the 記入例 row. */
    EXAMPLE_LABEL,
    /** A cell of the 記入例 row. */
    EXAMPLE,
    /** A cell the user fills in: the only unlocked role. */
    INPUT,
    /** A prefilled key of a checklist row (項番). */
    KEY,
    /** The prefilled wording of a checklist item (チェック項目). */
    ITEM_TEXT,
    /** A checklist section heading spanning the table. */
    SECTION,
    /** An instruction beside a field or above the floor plan, small and grey. */
    HINT,
    /** A note below a table (e.g. what ※未確認 means). */
    NOTE,
    /** The label above an image area. */
    IMAGE_LABEL,
    /** The bordered area an image is pasted into. */
    IMAGE_AREA;

    /** Whether a user may type into cells of this role when the sheet is protected. */
    public boolean isInput() {
        return this == INPUT;
    }
}

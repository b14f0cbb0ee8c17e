package io.github.medsecforms.xlsx;

import java.util.Objects;

/**
 * Where one value of a read came from and how the reader found it — or, for text the reader did not place, where
 * that text stands ({@link #read()} is {@code false}, {@link #how()} is {@value #NOT_READ}). One line of the map that
 * {@code medsec-forms read --explain} and the bridge's web page show; made by {@link FormReader#explain(byte[], String)}.
 *
 * @param path    the model path of the value ({@code lines[2].globalIpAddress}); empty for text not read
 * @param label   the Japanese label of the path ({@code 回線3/グローバルIPアドレス}); empty for text not read
 * @param labelEn the English label of the path; empty for text not read
 * @param sheet   the sheet the cell is on
 * @param cell    the cell (A1), or empty when the reader knows no single cell (a picture without an anchor, the
 *                summary of many cells not read)
 * @param value   the value as read (a choice by its Japanese label), or the text that was not read
 * @param how     how the value was found, in the reader's words (its label to the left, a synonym, a mark beside an
 *                option, the label written in the same cell, a column of a table…), or {@value #NOT_READ}
 */
public record ReadPlacement(String path, String label, String labelEn, String sheet, String cell, String value,
                            String how) {
    /** The {@link #how()} of text in the form's area that no field took ({@code MSF-IO-2008 読み取っていない記入}). */
    public static final String NOT_READ = "not read";

    public ReadPlacement {
        path = Objects.requireNonNullElse(path, "");
        label = Objects.requireNonNullElse(label, "");
        labelEn = Objects.requireNonNullElse(labelEn, "");
        sheet = Objects.requireNonNullElse(sheet, "");
        cell = Objects.requireNonNullElse(cell, "");
        value = Objects.requireNonNullElse(value, "");
        how = Objects.requireNonNullElse(how, "");
    }

    /** Whether this is a value the reader placed ({@code false}: text it did not read). */
    public boolean read() {
        return !NOT_READ.equals(how);
    }

    /** {@code sheet!cell}, or the sheet alone without a cell. */
    public String location() {
        return cell.isEmpty() ? sheet : sheet + "!" + cell;
    }
}

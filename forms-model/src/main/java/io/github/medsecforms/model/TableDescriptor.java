package io.github.medsecforms.model;

import java.util.List;

/**
 * A table of a form: one row per element of a list component.
 *
 * @param path         model path of the list within the form, e.g. {@code lines}
 * @param label        Japanese name of the table (the list component's label)
 * @param labelEn      English name
 * @param rowLabel     pattern of row labels, {@code {n}} replaced by the 1-based row number (e.g. {@code 回線{n}})
 * @param exampleRow   whether the official form shows a 記入例 row above the data
 * @param templateRows blank rows offered by a template
 * @param maxRows      largest number of rows allowed, 0 for no limit
 * @param rowType      the record type of a row
 * @param columns      the columns, in order; paths relative to the row
 * @param basis        where the table's name comes from
 */
public record TableDescriptor(String path, String label, String labelEn, String rowLabel, boolean exampleRow,
                              int templateRows, int maxRows, Class<? extends Record> rowType,
                              List<FieldDescriptor> columns, Basis basis) {
    public TableDescriptor {
        columns = List.copyOf(columns);
    }

    /** The label of data row {@code n} (1-based), e.g. {@code 回線2}. */
    public String rowLabel(int n) {
        return rowLabel.replace("{n}", Integer.toString(n));
    }
}

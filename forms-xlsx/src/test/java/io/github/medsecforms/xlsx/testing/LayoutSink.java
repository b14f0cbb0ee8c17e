package io.github.medsecforms.xlsx.testing;

import io.github.medsecforms.model.value.ImageData;
import java.time.LocalDate;

/**
 * Where the label-driven layout of {@link VariantWorkbooks} is written: one xlsx library behind it (POI for
 * {@link VariantWorkbooks}, fastexcel for {@link FastexcelWorkbooks}), so the same layouts come out of different
 * writers. Rows and columns are 0-based.
 */
interface LayoutSink {
    /** Starts the next worksheet. */
    Sheet sheet(String name);

    /** Finishes the workbook. */
    byte[] bytes();

    /** One worksheet. */
    interface Sheet {
        /** Label text: titles, field labels, headers, row labels. */
        void label(int row, int col, String text);

        /** A text value. */
        void text(int row, int col, String text);

        /** A numeric value. */
        void number(int row, int col, int value);

        /** A date as a date-formatted serial number. */
        void date(int row, int col, LocalDate date);

        void merge(int firstRow, int firstCol, int lastRow, int lastCol);

        /** Whether pictures and text boxes can be written (a writer without drawings leaves them out). */
        boolean drawings();

        /** A picture anchored over 4 × 4 cells from (row, col). */
        void picture(ImageData image, int row, int col);

        /** A text box (a callout) anchored at (row, col). */
        void textBox(String text, int row, int col);
    }
}

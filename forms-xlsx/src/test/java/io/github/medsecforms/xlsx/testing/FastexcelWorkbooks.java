package io.github.medsecforms.xlsx.testing;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.linesurvey.FloorPlan;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.value.ImageData;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks.Options;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The layouts of {@link VariantWorkbooks}, written by another xlsx library than POI: <a
 * href="https://github.com/dhatim/fastexcel">fastexcel</a>, which writes its own XML (labels as inline strings
 * {@code t="inlineStr"}, values as shared strings, its own styles part, no calculation chain, no drawings). Generic
 * over the form metadata like {@link VariantWorkbooks}: nothing is written by hand per form.
 *
 * <p>fastexcel cannot write pictures or text boxes, so the floor plan (its image and callouts) is left out; {@link
 * #carried(Form)} is the form as such a workbook carries it.</p>
 */
public final class FastexcelWorkbooks {
    private FastexcelWorkbooks() {
    }

    /** {@code form} in the layout {@code options}, written by fastexcel. */
    public static byte[] write(Form form, Options options) {
        return VariantWorkbooks.write(form, options, new FastexcelSink());
    }

    /** What a fastexcel workbook of {@code form} carries: the form without its floor plan (no drawings). */
    public static Form carried(Form form) {
        if (form instanceof LineDeviceSurvey s) {
            return Mutate.set(s, "floorPlan", new FloorPlan(Optional.empty(), List.of()));
        }
        return form;
    }

    private static final class FastexcelSink implements LayoutSink {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Workbook wb = new Workbook(out, "medsec-forms fixtures", "1.0");

        @Override
        public Sheet sheet(String name) {
            Worksheet ws = wb.newWorksheet(name);
            return new Sheet() {
                @Override
                public void label(int row, int col, String text) {
                    ws.inlineString(row, col, text);
                }

                @Override
                public void text(int row, int col, String text) {
                    ws.value(row, col, text);
                }

                @Override
                public void number(int row, int col, int value) {
                    ws.value(row, col, value);
                }

                @Override
                public void date(int row, int col, LocalDate date) {
                    ws.value(row, col, date);
                    ws.style(row, col).format("yyyy/m/d").set();
                }

                @Override
                public void merge(int firstRow, int firstCol, int lastRow, int lastCol) {
                    ws.range(firstRow, firstCol, lastRow, lastCol).merge();
                }

                @Override
                public boolean drawings() {
                    return false;
                }

                @Override
                public void picture(ImageData image, int row, int col) {
                    throw new UnsupportedOperationException("fastexcel writes no pictures");
                }

                @Override
                public void textBox(String text, int row, int col) {
                    throw new UnsupportedOperationException("fastexcel writes no text boxes");
                }
            };
        }

        @Override
        public byte[] bytes() {
            try {
                wb.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}

package io.github.medsecforms.model.internal.io;

import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.value.BedBand;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.ImageData;
import io.github.medsecforms.model.value.Secret;
import java.time.LocalDate;

/**
 * The text a cell shows for a value of the model. Values are read by path with {@link io.github.medsecforms.model.FormPaths}
 * (the one way to read a value by path).
 */
public final class DisplayText {
    private DisplayText() {
    }

    /**
     * The text a cell shows for {@code value}: choices as their Japanese label, dates as {@code yyyy/m/d}, fiscal
     * years as {@code 令和6年度}, bed bands as written, value types in their canonical form. Secrets and images
     * have no text here.
     */
    public static String of(Object value) {
        if (value == null || value instanceof Secret || value instanceof ImageData) {
            return "";
        }
        if (value instanceof Choice choice) {
            return choice.label();
        }
        if (value instanceof LocalDate date) {
            return date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
        }
        if (value instanceof FiscalYear year) {
            return year.label();
        }
        if (value instanceof BedBand band) {
            return band.label();
        }
        if (value instanceof Boolean b) {
            return b ? "はい" : "いいえ";
        }
        return value.toString();
    }
}

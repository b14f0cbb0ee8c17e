package io.github.medsecforms.cli.internal;

import io.github.medsecforms.model.value.InvalidValueException;
import io.github.medsecforms.model.value.JapaneseDates;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --as-of}: ISO ({@code 2025-03-31}) and the Japanese notations of the forms ({@code 令和7年3月31日}, {@code 2025/3/31}). */
public final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return JapaneseDates.parse(value);
        } catch (InvalidValueException | IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' (2025-03-31, 令和7年3月31日)");
        }
    }
}

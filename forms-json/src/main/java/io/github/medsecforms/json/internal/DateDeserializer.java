package io.github.medsecforms.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.value.InvalidValueException;
import io.github.medsecforms.model.value.JapaneseDates;
import io.github.medsecforms.model.value.ValueError;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads a date: ISO-8601 ({@code 2024-05-13}, what the writer produces) or any notation
 * {@link JapaneseDates#parse} accepts ({@code 2024/5/13}, {@code 令和6年5月13日}, {@code R6.5.13}). Only text:
 * a JSON number is not taken for an Excel serial.
 */
final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;
    /** Digits that are not the compact {@code yyyyMMdd} form. */
    private static final Pattern EXCEL_SERIAL = Pattern.compile("(?![0-9]{8}$)[0-9]+(?:\\.[0-9]+)?");

    DateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw Shapes.wrongShape(p, Shapes.DATE);
        }
        String text = p.getText();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException ignored) {
            // not ISO: try the Japanese notations
        }
        if (EXCEL_SERIAL.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip()).matches()) {
            // a bare number would be taken for an Excel serial: a spreadsheet notion, not accepted here
            throw new CodedMappingException(p, IoError.INVALID_VALUE, null, text,
                    new InvalidValueException(ValueError.DATE_FORMAT, text));
        }
        try {
            return JapaneseDates.parse(text);
        } catch (InvalidValueException e) {
            throw new CodedMappingException(p, IoError.INVALID_VALUE, e, text, e);
        }
    }
}

package io.github.medsecforms.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.internal.io.FormIds;
import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.internal.io.IoFailure;
import io.github.medsecforms.model.internal.io.Localized;
import io.github.medsecforms.model.value.InvalidValueException;
import java.io.IOException;
import java.util.List;

/**
 * Turns Jackson's exceptions into coded {@link IoFailure}s with the model path ({@code $.lines[0].globalIpAddress})
 * and the line and column of the input. No Jackson exception leaves forms-json's public API.
 */
final class Failures {
    private Failures() {
    }

    /**
     * @param e         what Jackson threw
     * @param format    {@code JSON} or {@code XML}, for messages
     * @param requested the form type asked for ({@link Form} when any form is accepted)
     */
    static IoFailure translate(IOException e, String format, Class<?> requested) {
        if (e instanceof JsonMappingException m) {
            return mapping(m, format, requested);
        }
        if (e instanceof InputCoercionException c) {
            return located(IoError.INVALID_NUMBER, null, c.getLocation(), c, text(c));
        }
        if (e instanceof StreamReadException r) {
            return located(IoError.SYNTAX, null, r.getLocation(), r, format, firstLine(r.getOriginalMessage()));
        }
        if (e instanceof JsonProcessingException p) {
            return located(IoError.SYNTAX, null, p.getLocation(), p, format, firstLine(p.getOriginalMessage()));
        }
        return new IoFailure(IoError.IO_FAILURE, null, -1, -1, e, String.valueOf(e.getMessage()));
    }

    /** A failure writing a form: the path of the value that cannot be written, and the writer's reason. */
    static IoFailure writing(JsonProcessingException e, String format) {
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : null;
        Throwable root = e;
        while (root.getCause() instanceof JsonProcessingException next && next != root) {
            root = next;
        }
        String detail = root instanceof JsonProcessingException p ? p.getOriginalMessage() : root.getMessage();
        return new IoFailure(IoError.WRITE_FAILURE, path, -1, -1, e, format, firstLine(detail));
    }

    private static IoFailure mapping(JsonMappingException e, String format, Class<?> requested) {
        String path = path(e.getPath());
        JsonLocation at = e.getLocation();
        if (e instanceof CodedMappingException c) {
            return located(c.error(), path, at, c.error() == IoError.SECRET_REFUSED ? null : c, c.args());
        }
        if (e instanceof InvalidTypeIdException t) {
            return typeId(t, path, at, requested);
        }
        if (e instanceof PropertyBindingException p) {
            return located(IoError.UNKNOWN_PROPERTY, path, at, e, p.getPropertyName());
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target != null && (Number.class.isAssignableFrom(target) || target.isPrimitive())) {
                return located(IoError.INVALID_NUMBER, path, at, e, String.valueOf(f.getValue()));
            }
            return located(IoError.WRONG_TYPE, path, at, e, Shapes.of(target), Shapes.TEXT);
        }
        if (e instanceof InvalidNullException) {
            return located(IoError.WRONG_TYPE, path, at, e, Shapes.OBJECT, Shapes.ofToken(com.fasterxml.jackson.core.JsonToken.VALUE_NULL));
        }
        if (e instanceof MismatchedInputException mi) {
            Class<?> target = mi.getTargetType();
            Localized actual = e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser p
                    ? Shapes.ofToken(p.currentToken()) : null;
            if (target != null && Form.class.isAssignableFrom(target)) {
                return located(IoError.WRONG_TYPE, path, at, e, Shapes.OBJECT, actual == null ? Shapes.TEXT : actual);
            }
            return located(IoError.WRONG_TYPE, path, at, e, Shapes.of(target), actual == null ? Shapes.TEXT : actual);
        }
        if (e.getCause() instanceof InputCoercionException c) {
            return located(IoError.INVALID_NUMBER, path, at, e, text(c));
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof InvalidValueException ive) {
            return located(IoError.INVALID_VALUE, path, at, e, ive.input(), ive);
        }
        return located(IoError.INVALID_CONTENT, path, at, e, firstLine(e.getOriginalMessage()));
    }

    private static IoFailure typeId(InvalidTypeIdException t, String path, JsonLocation at, Class<?> requested) {
        String id = t.getTypeId();
        String expected = FormIds.id(requested).orElse(FormIds.submittedIds());
        if (id == null || id.isBlank()) {
            return located(IoError.FORM_ID_MISSING, path, at, t, expected);
        }
        if (FormIds.type(id).isPresent()) {
            return located(IoError.FORM_ID_MISMATCH, path, at, t, id, expected);
        }
        return located(IoError.FORM_ID_UNKNOWN, path, at, t, id, FormIds.submittedIds());
    }

    private static IoFailure located(IoError error, String path, JsonLocation at, Throwable cause, Object... args) {
        int line = at == null || at.getLineNr() < 1 ? -1 : at.getLineNr();
        int column = at == null || at.getColumnNr() < 1 ? -1 : at.getColumnNr();
        return new IoFailure(error, path, line, column, cause, args);
    }

    /** {@code $.lines[0].globalIpAddress}: the path through the model, the same for JSON and XML. */
    static String path(List<JsonMappingException.Reference> references) {
        if (references == null || references.isEmpty()) {
            return "$";
        }
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String text(InputCoercionException e) {
        try {
            return e.getProcessor() == null ? "" : e.getProcessor().getText();
        } catch (IOException ignored) {
            return "";
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}

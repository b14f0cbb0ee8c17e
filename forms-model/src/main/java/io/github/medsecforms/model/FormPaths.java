package io.github.medsecforms.model;

import io.github.medsecforms.model.value.Secret;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values of a form by model path ({@code basicInfo.facilityName}, {@code lines[2].globalIpAddress}: record components
 * joined with dots, list elements by zero-based index), and what counts as empty. One definition for validation,
 * consolidated lists and tests.
 */
public final class FormPaths {
    private static final Pattern INDEX = Pattern.compile("^([A-Za-z0-9]+)\\[([0-9]+)\\]$");

    private FormPaths() {
    }

    /** The value at {@code path} below {@code root}, {@code Optional}s unwrapped; empty if absent or out of range. */
    public static Optional<Object> value(Object root, String path) {
        Object current = root;
        for (String part : path.split("\\.")) {
            if (current == null) {
                return Optional.empty();
            }
            Matcher m = INDEX.matcher(part);
            if (m.matches()) {
                current = component(current, m.group(1));
                int i = Integer.parseInt(m.group(2));
                if (!(current instanceof List<?> list) || i >= list.size()) {
                    return Optional.empty();
                }
                current = list.get(i);
            } else {
                current = component(current, part);
            }
            if (current instanceof Optional<?> o) {
                current = o.orElse(null);
            }
        }
        return Optional.ofNullable(current);
    }

    private static Object component(Object record, String name) {
        if (record == null || !record.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    /**
     * Whether a value is empty: {@code null}, blank text, an empty {@code Optional} or list, an empty secret, or a
     * record of the model (not a value type) whose components are all empty. A table row that is empty is no row.
     */
    public static boolean isEmpty(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String s) {
            return s.isBlank();
        }
        if (value instanceof Optional<?> o) {
            return o.isEmpty() || isEmpty(o.get());
        }
        if (value instanceof List<?> l) {
            return l.isEmpty();
        }
        if (value instanceof Secret s) {
            return s.isEmpty();
        }
        Class<?> type = value.getClass();
        if (type.isRecord() && type.getPackageName().startsWith("io.github.medsecforms.model")
                && !type.getPackageName().endsWith(".value")) {
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    if (!isEmpty(c.getAccessor().invoke(value))) {
                        return false;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return true;
        }
        return false;
    }
}

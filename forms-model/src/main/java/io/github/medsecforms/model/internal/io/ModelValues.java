package io.github.medsecforms.model.internal.io;

import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.value.BedBand;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.ImageData;
import io.github.medsecforms.model.value.Secret;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reads values out of form records by model path, and renders them as the text a cell shows. */
public final class ModelValues {
    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    private ModelValues() {
    }

    /**
     * The value at {@code path} below {@code root} ({@code contact1.email}, {@code lines[2].globalIpAddress}),
     * {@code Optional}s unwrapped; {@code null} when absent or out of range. An empty path is the root itself.
     */
    public static Object at(Object root, String path) {
        Object current = root;
        if (path.isEmpty()) {
            return current;
        }
        for (String segment : path.split("\\.")) {
            if (current == null) {
                return null;
            }
            String name = segment;
            int index = -1;
            int bracket = segment.indexOf('[');
            if (bracket >= 0) {
                name = segment.substring(0, bracket);
                index = Integer.parseInt(segment.substring(bracket + 1, segment.indexOf(']')));
            }
            current = unwrap(component(current, name));
            if (index >= 0) {
                if (!(current instanceof List<?> list) || index >= list.size()) {
                    return null;
                }
                current = unwrap(list.get(index));
            }
        }
        return current;
    }

    /** The list at {@code path} below {@code root}, empty when absent. */
    public static List<?> list(Object root, String path) {
        return at(root, path) instanceof List<?> list ? list : List.of();
    }

    /**
     * The text a cell shows for {@code value}: choices as their Japanese label, dates as {@code yyyy/m/d}, fiscal
     * years as {@code 令和6年度}, bed bands as written, value types in their canonical form. Secrets and images
     * have no text here.
     */
    public static String display(Object value) {
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

    private static Object unwrap(Object value) {
        return value instanceof Optional<?> optional ? optional.orElse(null) : value;
    }

    private static Object component(Object record, String name) {
        Method accessor = ACCESSORS.computeIfAbsent(record.getClass(), ModelValues::accessors).get(name);
        if (accessor == null) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + name);
        }
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Map<String, Method> accessors(Class<?> type) {
        if (!type.isRecord()) {
            return Map.of();
        }
        Map<String, Method> out = new ConcurrentHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Method m = c.getAccessor();
            m.setAccessible(true);
            out.put(c.getName(), m);
        }
        return out;
    }
}

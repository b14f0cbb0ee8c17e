package io.github.medsecforms.model.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copies of immutable records with one value changed at a model path, for tests:
 * {@code Mutate.set(survey, "lines[1].vulnerabilityScan", SurveyWish.REQUESTED)}. A value for an {@code Optional}
 * component is wrapped (pass {@code null} or {@code Optional.empty()} to clear it); {@code lines[+]} appends,
 * {@code lines[-1]} removes element 1.
 */
public final class Mutate {
    private static final Pattern INDEX = Pattern.compile("^([A-Za-z0-9]+)\\[([0-9]+|\\+|-[0-9]+)\\]$");

    private Mutate() {
    }

    /** A copy of {@code root} with the value at {@code path} replaced. */
    @SuppressWarnings("unchecked")
    public static <R> R set(R root, String path, Object value) {
        return (R) set((Object) root, path.split("\\."), 0, value);
    }

    private static Object set(Object record, String[] parts, int i, Object value) {
        String part = parts[i];
        Matcher m = INDEX.matcher(part);
        String name = m.matches() ? m.group(1) : part;
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        boolean found = false;
        for (int c = 0; c < components.length; c++) {
            Object current = get(record, components[c]);
            if (components[c].getName().equals(name)) {
                found = true;
                if (m.matches()) {
                    List<Object> list = new ArrayList<>((List<?>) current);
                    String index = m.group(2);
                    if (index.equals("+")) {
                        list.add(i + 1 == parts.length ? value : set(newBlank(components[c]), parts, i + 1, value));
                    } else if (index.startsWith("-")) {
                        list.remove(Integer.parseInt(index.substring(1)));
                    } else {
                        int k = Integer.parseInt(index);
                        list.set(k, i + 1 == parts.length ? value : set(list.get(k), parts, i + 1, value));
                    }
                    args[c] = list;
                } else if (i + 1 == parts.length) {
                    args[c] = components[c].getType() == Optional.class && !(value instanceof Optional<?>)
                            ? Optional.ofNullable(value) : value;
                } else {
                    Object inner = current instanceof Optional<?> o ? o.orElseThrow() : current;
                    args[c] = set(inner, parts, i + 1, value);
                }
            } else {
                args[c] = current;
            }
        }
        if (!found) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + name);
        }
        return construct(record.getClass(), args);
    }

    private static Object newBlank(RecordComponent listComponent) {
        var type = (Class<?>) ((java.lang.reflect.ParameterizedType) listComponent.getGenericType()).getActualTypeArguments()[0];
        return construct(type, new Object[type.getRecordComponents().length]);
    }

    private static Object get(Object record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object construct(Class<?> type, Object[] args) {
        try {
            Constructor<?> k = type.getDeclaredConstructor(
                    Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return k.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

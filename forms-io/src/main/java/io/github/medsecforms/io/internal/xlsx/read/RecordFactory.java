package io.github.medsecforms.io.internal.xlsx.read;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds records from values keyed by model path, through their canonical constructors (so the records' own
 * normalisation applies). Absent values are passed as {@code null}, which every model record turns into its empty
 * value. Constructors are looked up once per type.
 */
final class RecordFactory {
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private RecordFactory() {
    }

    /** A record of {@code type} whose component {@code c} takes {@code values.get(prefix + c)}. */
    static <R> R build(Class<R> type, String prefix, Map<String, Object> values) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String key = prefix + c.getName();
            Class<?> t = c.getType();
            if (t == Optional.class) {
                args[i] = Optional.ofNullable(values.get(key));
            } else if (t == List.class) {
                args[i] = values.get(key);
            } else if (isGroup(t)) {
                args[i] = hasAnyUnder(values, key + ".") ? build(t, key + ".", values) : null;
            } else {
                args[i] = values.get(key);
            }
        }
        return construct(type, args);
    }

    static boolean isGroup(Class<?> t) {
        return t.isRecord() && t.getPackageName().startsWith("io.github.medsecforms.model")
                && !t.getPackageName().endsWith(".value");
    }

    private static boolean hasAnyUnder(Map<String, Object> values, String prefix) {
        for (String key : values.keySet()) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static <R> R construct(Class<R> type, Object[] args) {
        Constructor<R> constructor = (Constructor<R>) CONSTRUCTORS.computeIfAbsent(type, t -> {
            Class<?>[] types = java.util.Arrays.stream(t.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                return t.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

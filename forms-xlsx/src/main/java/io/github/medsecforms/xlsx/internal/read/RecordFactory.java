package io.github.medsecforms.xlsx.internal.read;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds records from values keyed by model path, through their canonical constructors (so the records' own
 * normalisation applies). Absent values are passed as {@code null}, which every model record turns into its empty
 * value. A record type's components and canonical constructor (a {@link MethodHandle}) are looked up once per class
 * ({@link ClassValue}): {@link Class#getRecordComponents()} is a VM call that builds new objects every time.
 */
final class RecordFactory {
    private static final int PLAIN = 0;
    private static final int OPTIONAL = 1;
    private static final int GROUP = 2;

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    private RecordFactory() {
    }

    /** A record type as the factory sees it: component names, how each is filled, and the constructor. */
    private static final class Shape {
        final String[] names;
        final int[] kinds;
        final Class<?>[] types;
        /** {@code (Object[]) → Object}: the canonical constructor, spread. */
        final MethodHandle constructor;

        Shape(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            int n = components.length;
            names = new String[n];
            kinds = new int[n];
            types = new Class<?>[n];
            for (int i = 0; i < n; i++) {
                Class<?> t = components[i].getType();
                names[i] = components[i].getName();
                types[i] = t;
                kinds[i] = t == Optional.class ? OPTIONAL : t != List.class && isGroup(t) ? GROUP : PLAIN;
            }
            try {
                MethodHandle c = MethodHandles.lookup().findConstructor(type, MethodType.methodType(void.class, types));
                constructor = c.asSpreader(Object[].class, n).asType(MethodType.methodType(Object.class, Object[].class));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A record of {@code type} whose component {@code c} takes {@code values.get(prefix + c)}. */
    static <R> R build(Class<R> type, String prefix, Map<String, Object> values) {
        Shape shape = SHAPES.get(type);
        String[] names = shape.names;
        Object[] args = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            String key = prefix.isEmpty() ? names[i] : prefix + names[i];
            switch (shape.kinds[i]) {
                case OPTIONAL -> args[i] = Optional.ofNullable(values.get(key));
                case GROUP -> args[i] = hasAnyUnder(values, key + ".") ? build(shape.types[i], key + ".", values) : null;
                default -> args[i] = values.get(key);
            }
        }
        return construct(type, shape, args);
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

    private static <R> R construct(Class<R> type, Shape shape, Object[] args) {
        try {
            return type.cast(shape.constructor.invokeExact(args));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) { // as Constructor.newInstance's InvocationTargetException was: checked and errors wrapped
            throw new IllegalStateException(t);
        }
    }
}

package io.github.medsecforms.model;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * What {@link FormPaths} needs to know about a class, worked out once per class: whether it is a record, whether it is
 * a record of the model that {@link FormPaths#isEmpty} looks into, and its component accessors in declaration order
 * and by name. {@link Class#getRecordComponents()} is a VM call that builds new {@code RecordComponent} and
 * {@code Method} objects on every call (and every {@code Method} redoes its access check when invoked), so it must
 * not be called per value.
 */
final class RecordAccess {
    private static final MethodType OBJECT_TO_OBJECT = MethodType.methodType(Object.class, Object.class);
    private static final ClassValue<RecordAccess> CACHE = new ClassValue<>() {
        @Override
        protected RecordAccess computeValue(Class<?> type) {
            return new RecordAccess(type);
        }
    };

    /** Whether the class is a record. */
    final boolean record;
    /** Whether the class is a record of the model outside its value package (emptiness looks into its components). */
    final boolean modelGroup;
    /** The accessors (as {@code (Object)Object}) in declaration order; empty unless a record. */
    private final MethodHandle[] accessors;
    private final Map<String, MethodHandle> byName;

    private RecordAccess(Class<?> type) {
        this.record = type.isRecord();
        this.modelGroup = record && type.getPackageName().startsWith("io.github.medsecforms.model")
                && !type.getPackageName().endsWith(".value");
        if (!record) {
            accessors = new MethodHandle[0];
            byName = Map.of();
            return;
        }
        RecordComponent[] components = type.getRecordComponents();
        accessors = new MethodHandle[components.length];
        Map<String, MethodHandle> names = new HashMap<>();
        for (int i = 0; i < components.length; i++) {
            accessors[i] = handle(components[i].getAccessor());
            names.putIfAbsent(components[i].getName(), accessors[i]);
        }
        byName = Map.copyOf(names);
    }

    private static MethodHandle handle(Method accessor) {
        try {
            return MethodHandles.lookup().unreflect(accessor).asType(OBJECT_TO_OBJECT);
        } catch (IllegalAccessException notPublic) {
            // a record that is not public (nested in a test, say): reflection reads it as it did before the cache
            if (!accessor.trySetAccessible()) {
                throw new IllegalStateException(notPublic);
            }
            try {
                return MethodHandles.lookup().unreflect(accessor).asType(OBJECT_TO_OBJECT);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static RecordAccess of(Class<?> type) {
        return CACHE.get(type);
    }

    /** The accessor of component {@code name}, or {@code null} if the record has none of that name. */
    MethodHandle accessor(String name) {
        return byName.get(name);
    }

    int size() {
        return accessors.length;
    }

    /** The value of the {@code i}th component of {@code record}. */
    Object get(Object record, int i) {
        return invoke(accessors[i], record);
    }

    /** Calls an accessor; what it throws comes out as {@link Method#invoke} would have it, wrapped once more. */
    static Object invoke(MethodHandle accessor, Object record) {
        try {
            return accessor.invokeExact(record);
        } catch (Throwable t) {
            throw new IllegalStateException(new InvocationTargetException(t));
        }
    }
}

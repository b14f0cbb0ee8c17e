package io.github.medsecforms.pdf.internal;

import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.TextKind;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts the texts of a form to the FAX code's limits (docs/fax.md): every {@code String} component of the form's
 * records (not of value types such as an e-mail address, whose length the value type bounds) longer than its limit —
 * one for multi-line free text ({@link TextKind#MULTILINE}), one for any other text — keeps its first characters
 * (code points). Records are copied through their canonical constructors; nothing else changes.
 */
public final class FreeText {
    private static final String MODEL = "io.github.medsecforms.model.";
    private static final String VALUES = "io.github.medsecforms.model.value.";

    private FreeText() {
    }

    /** The copy and the model paths cut (e.g. {@code entries[3].remarks}). */
    public record Result(Object value, List<String> paths) {
    }

    public static Result cut(Record form, int multiLineLimit, int textLimit) {
        List<String> paths = new ArrayList<>();
        Object copy = record(form, "", multiLineLimit, textLimit, paths);
        return new Result(paths.isEmpty() ? form : copy, List.copyOf(paths));
    }

    private static Object record(Record r, String prefix, int multi, int text, List<String> paths) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            Object v = get(r, c);
            String path = prefix + c.getName();
            Object nv = v;
            if (v instanceof String s) {
                Label label = c.getAnnotation(Label.class);
                int limit = label != null && label.text() == TextKind.MULTILINE ? multi : text;
                if (s.codePointCount(0, s.length()) > limit) {
                    nv = s.substring(0, s.offsetByCodePoints(0, limit));
                    paths.add(path);
                }
            } else if (v instanceof List<?> list) {
                List<Object> out = new ArrayList<>(list.size());
                boolean any = false;
                for (int k = 0; k < list.size(); k++) {
                    Object e = list.get(k);
                    Object ne = isModelRecord(e) ? record((Record) e, path + "[" + k + "].", multi, text, paths) : e;
                    any |= ne != e;
                    out.add(ne);
                }
                nv = any ? out : v;
            } else if (v instanceof Optional<?> o && o.isPresent() && isModelRecord(o.get())) {
                Object inner = record((Record) o.get(), path + ".", multi, text, paths);
                nv = inner == o.get() ? v : Optional.of(inner);
            } else if (isModelRecord(v)) {
                nv = record((Record) v, path + ".", multi, text, paths);
            }
            changed |= nv != v;
            args[i] = nv;
        }
        if (!changed) {
            return r;
        }
        try {
            Constructor<?> constructor = r.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("cannot copy " + r.getClass().getName(), e);
        }
    }

    private static boolean isModelRecord(Object v) {
        return v instanceof Record && v.getClass().getName().startsWith(MODEL)
                && !v.getClass().getName().startsWith(VALUES);
    }

    private static Object get(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }
}

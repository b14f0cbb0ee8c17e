package io.github.medsecforms.model;

import io.github.medsecforms.model.value.Secret;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values of a form by model path ({@code basicInfo.facilityName}, {@code lines[2].globalIpAddress}: record components
 * joined with dots, list elements by zero-based index), and what counts as empty. One definition for validation,
 * reading and writing workbooks, PDFs, consolidated lists and tests: the one public way to read a value by path (an
 * unknown component or an index out of range is an empty value, never an exception).
 */
public final class FormPaths {
    /** Parsed paths are kept up to this many (paths come from the forms' descriptors: a few thousand at most). */
    private static final int MAX_CACHED_PATHS = 8192;
    private static final Map<String, Step[]> PATHS = new ConcurrentHashMap<>();

    private FormPaths() {
    }

    /**
     * One segment of a path: a record component, and when the segment is {@code name[i]} the list index ({@code -1}
     * when none).
     */
    private record Step(String name, int index) {
    }

    /** The value at {@code path} below {@code root}, {@code Optional}s unwrapped; empty if absent or out of range. */
    public static Optional<Object> value(Object root, String path) {
        Object current = root;
        for (Step step : steps(path)) {
            if (current == null) {
                return Optional.empty();
            }
            current = component(current, step.name());
            if (step.index() >= 0) {
                int i = step.index();
                if (!(current instanceof List<?> list) || i >= list.size()) {
                    return Optional.empty();
                }
                current = list.get(i);
            }
            if (current instanceof Optional<?> o) {
                current = o.orElse(null);
            }
        }
        return Optional.ofNullable(current);
    }

    /** The rows of the table (the list component) at {@code path} below {@code root}; empty when absent. */
    public static List<?> rows(Object root, String path) {
        return value(root, path).orElse(null) instanceof List<?> list ? list : List.of();
    }

    private static Step[] steps(String path) {
        Step[] steps = PATHS.get(path);
        if (steps == null) {
            steps = parse(path);
            if (PATHS.size() < MAX_CACHED_PATHS) {
                PATHS.putIfAbsent(path, steps);
            }
        }
        return steps;
    }

    /**
     * Splits a path at its dots as {@code path.split("\\.")} does (trailing empty segments dropped; the empty path
     * is one empty segment), and reads each segment of the form {@code name[digits]} ({@code name} ASCII letters and
     * digits) as a list element; any other segment names a component as it is.
     */
    private static Step[] parse(String path) {
        List<Step> steps = new ArrayList<>();
        int from = 0;
        while (true) {
            int dot = path.indexOf('.', from);
            int to = dot < 0 ? path.length() : dot;
            steps.add(step(path, from, to));
            if (dot < 0) {
                break;
            }
            from = dot + 1;
        }
        if (!path.isEmpty()) {
            int n = steps.size();
            while (n > 0 && steps.get(n - 1).name().isEmpty() && steps.get(n - 1).index() < 0) {
                n--;
            }
            return steps.subList(0, n).toArray(new Step[0]);
        }
        return steps.toArray(new Step[0]);
    }

    private static Step step(String path, int from, int to) {
        int open = path.indexOf('[', from);
        if (open > from && open < to && path.charAt(to - 1) == ']' && to - 1 > open + 1
                && alphanumeric(path, from, open) && digits(path, open + 1, to - 1)) {
            return new Step(path.substring(from, open), Integer.parseInt(path, open + 1, to - 1, 10));
        }
        return new Step(path.substring(from, to), -1);
    }

    private static boolean alphanumeric(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Object component(Object record, String name) {
        if (record == null) {
            return null;
        }
        RecordAccess access = RecordAccess.of(record.getClass());
        if (!access.record) {
            return null;
        }
        MethodHandle accessor = access.accessor(name);
        return accessor == null ? null : RecordAccess.invoke(accessor, record);
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
        RecordAccess access = RecordAccess.of(value.getClass());
        if (access.modelGroup) {
            for (int i = 0; i < access.size(); i++) {
                if (!isEmpty(access.get(value, i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}

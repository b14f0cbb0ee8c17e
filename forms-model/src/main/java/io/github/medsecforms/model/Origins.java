package io.github.medsecforms.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a form came from: model paths mapped to cells. Produced by the workbook reader and by the
 * template writer, consumed by validation to point findings at {@code sheet!cell}.
 *
 * <p>Model paths name record components with dots and list elements with zero-based indexes, as Jakarta
 * Validation does: {@code basicInfo.facilityName}, {@code lines[2].globalIpAddress}, {@code contact1.email}.
 * A path without a cell of its own (a whole row, a group) resolves to the nearest recorded descendant or ancestor.</p>
 */
public final class Origins {
    private static final Origins EMPTY = new Origins(Map.of());
    private final Map<String, CellOrigin> byPath;

    private Origins(Map<String, CellOrigin> byPath) {
        this.byPath = byPath;
    }

    /** No origins: the form was not read from a workbook (JSON, XML or built in code). */
    public static Origins empty() {
        return EMPTY;
    }

    /** Origins from a path → cell map (copied; iteration keeps the given order). */
    public static Origins of(Map<String, CellOrigin> byPath) {
        return byPath.isEmpty() ? EMPTY : new Origins(Collections.unmodifiableMap(new LinkedHashMap<>(byPath)));
    }

    /**
     * The cell of {@code path}: its own cell if recorded; else, for a row or group, the first recorded cell below
     * it (e.g. {@code lines[2]} resolves to the row's first cell); else the nearest recorded ancestor.
     */
    public Optional<CellOrigin> find(String path) {
        CellOrigin own = byPath.get(path);
        if (own != null) {
            return Optional.of(own);
        }
        for (Map.Entry<String, CellOrigin> e : byPath.entrySet()) {
            String key = e.getKey();
            if (key.startsWith(path) && key.length() > path.length()
                    && (key.charAt(path.length()) == '.' || key.charAt(path.length()) == '[')) {
                return Optional.of(e.getValue());
            }
        }
        String parent = path;
        while (!parent.isEmpty()) {
            int cut = Math.max(parent.lastIndexOf('.'), parent.lastIndexOf('['));
            parent = cut < 0 ? "" : parent.substring(0, cut);
            CellOrigin found = byPath.get(parent);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** Every recorded path and its cell, in reading order. */
    public Map<String, CellOrigin> asMap() {
        return byPath;
    }

    public boolean isEmpty() {
        return byPath.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Origins other && byPath.equals(other.byPath);
    }

    @Override
    public int hashCode() {
        return byPath.hashCode();
    }

    @Override
    public String toString() {
        return "Origins" + byPath;
    }
}

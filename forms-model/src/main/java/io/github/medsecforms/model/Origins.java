package io.github.medsecforms.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each value of a form came from: model paths mapped to cells. Produced by the workbook reader and by the
 * template writer, consumed by validation to point findings at {@code sheet!cell}.
 *
 * <p>Model paths name record components with dots and list elements with zero-based indexes, as Jakarta
 * Validation does: {@code basicInfo.facilityName}, {@code lines[2].globalIpAddress}, {@code contact1.email}.
 * A path without a cell of its own (a whole row, a group) resolves to the nearest recorded descendant or ancestor.</p>
 *
 * <p>A table read from a sheet is held as its columns and the sheet row (or, for a table laid out across, the sheet
 * column) of each element, not as one entry per cell: a survey of 10,000 lines costs two small arrays, and finding a
 * cell costs the same for the first line and the last ({@link Builder#table}).</p>
 */
public final class Origins {
    private static final Origins EMPTY = new Origins(List.of());

    /** Single cells ({@link Map.Entry}) and tables ({@link TableOrigins}), in the order they were recorded. */
    private final List<Object> segments;
    private final Map<String, CellOrigin> cells;
    /** Each table's segments: one per place the table was read from (a sheet per section, a table split in two). */
    private final Map<String, List<TableOrigins>> tables;
    private volatile Map<String, CellOrigin> map;

    private Origins(List<Object> segments) {
        this.segments = segments;
        Map<String, CellOrigin> c = new HashMap<>();
        Map<String, List<TableOrigins>> t = new HashMap<>();
        for (Object s : segments) {
            if (s instanceof TableOrigins table) {
                t.computeIfAbsent(table.path, k -> new ArrayList<>(1)).add(table);
            } else {
                @SuppressWarnings("unchecked")
                Map.Entry<String, CellOrigin> e = (Map.Entry<String, CellOrigin>) s;
                c.put(e.getKey(), e.getValue());
            }
        }
        this.cells = c;
        this.tables = t;
    }

    /** No origins: the form was not read from a workbook (JSON, XML or built in code). */
    public static Origins empty() {
        return EMPTY;
    }

    /** Origins from a path → cell map (copied; iteration keeps the given order). */
    public static Origins of(Map<String, CellOrigin> byPath) {
        if (byPath.isEmpty()) {
            return EMPTY;
        }
        List<Object> segments = new ArrayList<>(byPath.size());
        byPath.forEach((k, v) -> segments.add(Map.entry(k, v)));
        return new Origins(segments);
    }

    /**
     * These origins and {@code origin} for {@code path} when nothing is recorded at, below or above {@code path}
     * (else these origins): where a finding about something that has no cell of its own points, e.g. the title of
     * a sheet whose picture is missing.
     */
    public Origins withFallback(String path, CellOrigin origin) {
        java.util.Objects.requireNonNull(origin, "origin");
        if (path.isEmpty() || find(path).isPresent()) {
            return this;
        }
        List<Object> segments = new ArrayList<>(this.segments.size() + 1);
        segments.addAll(this.segments);
        segments.add(Map.entry(path, origin));
        return new Origins(segments);
    }

    /** A builder that records single cells and whole tables in reading order. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The cell of {@code path}: its own cell if recorded; else, for a row or group, the first recorded cell below
     * it (e.g. {@code lines[2]} resolves to the row's first cell); else the nearest recorded ancestor.
     */
    public Optional<CellOrigin> find(String path) {
        CellOrigin own = cells.get(path);
        if (own != null) {
            return Optional.of(own);
        }
        if (!tables.isEmpty()) {
            int open = path.indexOf('[');
            String name = open < 0 ? path : path.substring(0, open);
            List<TableOrigins> parts = tables.get(name);
            if (parts != null) {
                for (TableOrigins table : parts) {
                    Optional<CellOrigin> found = table.find(path, open);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        for (Object s : segments) {
            if (s instanceof TableOrigins table) {
                if (isBelow(table.path, path) && table.rows() > 0 && table.suffixes.length > 0) {
                    return Optional.of(table.cell(0, 0));
                }
                continue;
            }
            @SuppressWarnings("unchecked")
            String key = ((Map.Entry<String, CellOrigin>) s).getKey();
            if (isBelow(key, path)) {
                return Optional.of(((Map.Entry<?, CellOrigin>) s).getValue());
            }
        }
        String parent = path;
        while (!parent.isEmpty()) {
            int cut = Math.max(parent.lastIndexOf('.'), parent.lastIndexOf('['));
            parent = cut < 0 ? "" : parent.substring(0, cut);
            CellOrigin found = cells.get(parent);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code key} names something below {@code path} ({@code path.} or {@code path[}). */
    private static boolean isBelow(String key, String path) {
        return key.startsWith(path) && key.length() > path.length()
                && (key.charAt(path.length()) == '.' || key.charAt(path.length()) == '[');
    }

    /** Every recorded path and its cell, in reading order (tables row by row). */
    public Map<String, CellOrigin> asMap() {
        Map<String, CellOrigin> m = map;
        if (m == null) {
            Map<String, CellOrigin> all = new LinkedHashMap<>();
            for (Object s : segments) {
                if (s instanceof TableOrigins table) {
                    for (int r = 0; r < table.rows(); r++) {
                        for (int c = 0; c < table.suffixes.length; c++) {
                            all.put(table.path + "[" + table.index(r) + "]" + table.suffixes[c], table.cell(r, c));
                        }
                    }
                } else {
                    @SuppressWarnings("unchecked")
                    Map.Entry<String, CellOrigin> e = (Map.Entry<String, CellOrigin>) s;
                    all.put(e.getKey(), e.getValue());
                }
            }
            m = Collections.unmodifiableMap(all);
            map = m;
        }
        return m;
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Origins other && asMap().equals(other.asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    @Override
    public String toString() {
        return "Origins" + asMap();
    }

    /**
     * Records origins in reading order. Not thread-safe; {@link #build()} once.
     */
    public static final class Builder {
        private final List<Object> segments = new ArrayList<>();

        private Builder() {
        }

        /** Records the cell of one path (recorded again, the path keeps its place and takes the new cell, as a map's put). */
        public Builder cell(String path, CellOrigin origin) {
            segments.add(Map.entry(Objects.requireNonNull(path, "path"), Objects.requireNonNull(origin, "origin")));
            return this;
        }

        /**
         * Starts the origins of a table whose columns stand at fixed places of one sheet: {@code path[i]suffix} is at
         * (the row of element {@code i}, {@code places[k]}) for {@code suffixes[k]} — or, when {@code across}, at
         * ({@code places[k]}, the column of element {@code i}). Rows are added with {@link Table#add(int)}.
         *
         * @param path     the table's path, e.g. {@code lines}
         * @param sheet    the sheet the table is on
         * @param suffixes each column's path suffix, e.g. {@code .globalIpAddress}, in the order {@link #asMap()} lists them
         * @param places   each column's sheet column (0-based), or its sheet row when {@code across}
         * @param across   whether the table runs across (one sheet column per element)
         */
        public Table table(String path, String sheet, List<String> suffixes, int[] places, boolean across) {
            if (suffixes.size() != places.length) {
                throw new IllegalArgumentException("one place per suffix");
            }
            TableOrigins t = new TableOrigins(path, sheet, suffixes.toArray(new String[0]), places.clone(), across);
            segments.add(t);
            return new Table(t);
        }

        public Origins build() {
            return segments.isEmpty() ? EMPTY : new Origins(List.copyOf(segments));
        }
    }

    /** The rows of one table being recorded. */
    public static final class Table {
        private final TableOrigins origins;

        private Table(TableOrigins origins) {
            this.origins = origins;
        }

        /** Records the next element: its sheet row (its sheet column when the table runs across), 0-based. */
        public Table add(int anchor) {
            origins.add(origins.rows(), anchor);
            return this;
        }

        /**
         * Records element {@code index} of the table at {@code anchor}: for a table read from several places (a sheet
         * per section, whose elements go on after the first place's; a table split into two blocks of columns, whose
         * second block completes the elements of the first), where the elements of this place are not numbered from 0.
         */
        public Table add(int index, int anchor) {
            if (index < 0) {
                throw new IllegalArgumentException("index " + index);
            }
            origins.add(index, anchor);
            return this;
        }
    }

    private static final class TableOrigins {
        final String path;
        final String sheet;
        final String[] suffixes;
        final int[] places;
        final boolean across;
        int[] anchors = new int[16];
        /** Each anchor's element index; null while every element's index is its position. */
        int[] indices;
        int size;

        TableOrigins(String path, String sheet, String[] suffixes, int[] places, boolean across) {
            this.path = path;
            this.sheet = sheet;
            this.suffixes = suffixes;
            this.places = places;
            this.across = across;
        }

        void add(int index, int anchor) {
            if (size == anchors.length) {
                anchors = Arrays.copyOf(anchors, size * 2);
                if (indices != null) {
                    indices = Arrays.copyOf(indices, size * 2);
                }
            }
            if (indices == null && index != size) {
                indices = new int[anchors.length];
                for (int k = 0; k < size; k++) {
                    indices[k] = k;
                }
            }
            if (indices != null) {
                indices[size] = index;
            }
            anchors[size++] = anchor;
        }

        /** The element index of the {@code row}-th anchor. */
        int index(int row) {
            return indices == null ? row : indices[row];
        }

        /** The position of element {@code index} among the anchors, or −1. */
        int position(int index) {
            if (indices == null) {
                return index >= 0 && index < size ? index : -1;
            }
            int guess = size == 0 ? -1 : index - indices[0]; // elements numbered on from the first's: found at once
            if (guess >= 0 && guess < size && indices[guess] == index) {
                return guess;
            }
            for (int k = 0; k < size; k++) {
                if (indices[k] == index) {
                    return k;
                }
            }
            return -1;
        }

        int rows() {
            return size;
        }

        CellOrigin cell(int row, int column) {
            int r = across ? places[column] : anchors[row];
            int c = across ? anchors[row] : places[column];
            return new CellOrigin(sheet, a1(r, c));
        }

        /** {@code path} is {@code this.path[...]...}; {@code open} the index of its first {@code [} or −1. */
        Optional<CellOrigin> find(String path, int open) {
            if (open < 0) {
                return rows() > 0 && suffixes.length > 0 ? Optional.of(cell(0, 0)) : Optional.empty();
            }
            int close = path.indexOf(']', open);
            if (close < 0) {
                return Optional.empty();
            }
            int index;
            try {
                index = Integer.parseInt(path, open + 1, close, 10);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            index = position(index);
            if (index < 0) {
                return Optional.empty();
            }
            String rest = path.substring(close + 1);
            if (rest.isEmpty()) {
                return suffixes.length > 0 ? Optional.of(cell(index, 0)) : Optional.empty();
            }
            for (int k = 0; k < suffixes.length; k++) {
                if (suffixes[k].equals(rest)) {
                    return Optional.of(cell(index, k));
                }
            }
            for (int k = 0; k < suffixes.length; k++) {
                if (isBelow(suffixes[k], rest)) {
                    return Optional.of(cell(index, k));
                }
            }
            return Optional.empty();
        }
    }

    /** The A1 name of a 0-based cell. */
    static String a1(int row, int col) {
        StringBuilder letters = new StringBuilder(4);
        int c = col + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            letters.append((char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return letters.reverse().append(row + 1).toString();
    }
}

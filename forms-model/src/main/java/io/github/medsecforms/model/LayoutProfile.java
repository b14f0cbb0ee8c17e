package io.github.medsecforms.model;

import io.github.medsecforms.model.SheetDescriptor.FieldBlock;
import io.github.medsecforms.model.SheetDescriptor.TableBlock;
import io.github.medsecforms.model.internal.io.IoError;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A layout profile: what one variant of a form (a prefecture's own 回答様式, a secretariat's edition) says in its own
 * way, for what reading by labels and headers cannot work out alone — which worksheet is which of the form's sheets,
 * the variant's own words for labels, headers and choices, and, as a last resort, the cell a single field's value is
 * in. A fixed address is allowed here and nowhere else (docs/decisions.md D-49, an exception to D-15).
 *
 * <p>It is a plain value: the reader ({@code FormReader.withProfile}) applies it, forms-json reads it from a YAML or
 * JSON file ({@code LayoutProfiles}), and a Java user may build one directly:</p>
 *
 * <pre>{@code
 * LayoutProfile profile = LayoutProfile.of("support-request")
 *         .withName("○○県 回答様式（令和7年度）")
 *         .withSheet("回答様式", "回答")                  // the form's sheet → the workbook's sheet
 *         .withLabels("hospitalCode", "当院コード")       // model path → the variant's own label
 *         .withChoices("はい", "該当する")                // an official option → the variant's wording
 *         .withCell("phoneNumber", "回答!D12");           // model path → Sheet!Cell, the last resort
 * }</pre>
 *
 * <p>A profile that exists is consistent with its form: the constructor checks every entry against the form's
 * metadata and refuses what the form does not have with a {@link FormIoException} naming the entry (its
 * {@link FormIoException#path()} is the entry, e.g. {@code labels.hospitalCode}); codes {@code MSF-IO-50nn}. Whether
 * the named sheets and cells exist is a question of each workbook: the reader reports a missing one as a finding
 * ({@code MSF-IO-5101}, {@code MSF-IO-5102}) and reads that part as it would without the profile.</p>
 *
 * @param name        what the profile is for, shown in findings and in {@code read --explain} (may be empty)
 * @param description free notes of its author (may be empty)
 * @param formId      the form of the variant ({@code support-request}, …)
 * @param sheets      the form's sheet name (as {@link SheetDescriptor#name()}) → the name of the workbook's sheet
 * @param labels      a model path (a field {@code hospitalCode}, a group {@code contact1}, a table {@code lines}, a
 *                    column {@code lines[].globalIpAddress}, as in docs/forms) → more wordings of its label or header
 * @param choices     an option's official wording ({@code はい}, {@code 調査希望あり}) → more wordings of it
 * @param cells       a single field's model path → the cell its value is in
 */
public record LayoutProfile(String name, String description, String formId, Map<String, String> sheets,
                            Map<String, List<String>> labels, Map<String, List<String>> choices,
                            Map<String, CellAddress> cells) {
    /** At most this many entries (sheets, labels, choices and cells, every wording counted). */
    public static final int MAX_ENTRIES = 2000;
    /** At most this many characters in one name, wording or sheet name. */
    public static final int MAX_TEXT = 200;

    /**
     * A cell of a named sheet, as written in a profile: {@code 回答様式!C7}, {@code 'Sheet 1'!$D$12}.
     *
     * @param sheet the sheet's name as the workbook spells it
     * @param cell  the cell in A1 notation, upper case, without {@code $}
     */
    public record CellAddress(String sheet, String cell) {
        private static final Pattern A1 = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?([1-9][0-9]{0,6})");

        public CellAddress {
            sheet = Defaults.text(sheet);
            cell = Defaults.text(cell);
            if (sheet.isBlank() || !validCell(cell)) {
                throw new IllegalArgumentException("not a cell of a named sheet: " + sheet + "!" + cell);
            }
        }

        /**
         * Reads {@code Sheet!C7}: the sheet's name (in single quotes when it holds spaces or {@code !}, a quote
         * doubled inside), an exclamation mark, the cell ({@code $} and lower case allowed).
         *
         * @throws IllegalArgumentException if the text is not of that form, or the cell lies outside a sheet
         *                                  (XFD1048576)
         */
        public static CellAddress parse(String text) {
            String t = Defaults.text(text).strip();
            int bang = t.lastIndexOf('!');
            if (bang <= 0) {
                throw new IllegalArgumentException("no sheet name before '!': " + t);
            }
            String sheet = t.substring(0, bang).strip();
            if (sheet.length() >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) {
                sheet = sheet.substring(1, sheet.length() - 1).replace("''", "'");
            }
            Matcher m = A1.matcher(t.substring(bang + 1).strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("not a cell: " + t.substring(bang + 1));
            }
            return new CellAddress(sheet, m.group(1).toUpperCase(Locale.ROOT) + m.group(2));
        }

        private static boolean validCell(String cell) {
            Matcher m = Pattern.compile("([A-Z]{1,3})([1-9][0-9]{0,6})").matcher(cell);
            if (!m.matches()) {
                return false;
            }
            int col = 0;
            for (char c : m.group(1).toCharArray()) {
                col = col * 26 + (c - 'A' + 1);
            }
            return col <= 16_384 && Long.parseLong(m.group(2)) <= 1_048_576;
        }

        /** {@code Sheet!C7}, the sheet quoted when it needs to be. */
        @Override
        public String toString() {
            boolean quote = sheet.chars().anyMatch(c -> Character.isWhitespace(c) || c == '!' || c == '\'');
            return (quote ? "'" + sheet.replace("'", "''") + "'" : sheet) + "!" + cell;
        }
    }

    public LayoutProfile {
        name = Defaults.text(name).strip();
        description = Defaults.text(description);
        formId = Defaults.text(formId).strip();
        FormDescriptor form = checkForm(formId);
        sheets = copySheets(form, sheets == null ? Map.of() : sheets);
        labels = copyLabels(form, labels == null ? Map.of() : labels);
        choices = copyChoices(form, choices == null ? Map.of() : choices);
        cells = copyCells(form, cells == null ? Map.of() : cells);
        int entries = sheets.size() + cells.size();
        for (List<String> words : labels.values()) {
            entries += words.size();
        }
        for (List<String> words : choices.values()) {
            entries += words.size();
        }
        if (entries > MAX_ENTRIES) {
            throw fail(IoError.PROFILE_TOO_MANY, null, MAX_ENTRIES, entries);
        }
        text("name", name);
    }

    /** An empty profile of a form, to add entries to with the {@code with…} methods. */
    public static LayoutProfile of(String formId) {
        return new LayoutProfile("", "", formId, Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** The form this profile is for. */
    public FormDescriptor form() {
        return FormRegistry.get(formId);
    }

    /** Whether the profile says nothing beyond its form. */
    public boolean isEmpty() {
        return sheets.isEmpty() && labels.isEmpty() && choices.isEmpty() && cells.isEmpty();
    }

    /** This profile with another name. */
    public LayoutProfile withName(String newName) {
        return new LayoutProfile(newName, description, formId, sheets, labels, choices, cells);
    }

    /** This profile with the form's sheet {@code formSheet} read from the workbook's sheet {@code workbookSheet}. */
    public LayoutProfile withSheet(String formSheet, String workbookSheet) {
        Map<String, String> s = new LinkedHashMap<>(sheets);
        s.put(formSheet, workbookSheet);
        return new LayoutProfile(name, description, formId, s, labels, choices, cells);
    }

    /** This profile with more wordings of the label or header of {@code path}. */
    public LayoutProfile withLabels(String path, String... wordings) {
        return new LayoutProfile(name, description, formId, sheets, added(labels, path, wordings), choices, cells);
    }

    /** This profile with more wordings of the option whose official wording is {@code option}. */
    public LayoutProfile withChoices(String option, String... wordings) {
        return new LayoutProfile(name, description, formId, sheets, labels, added(choices, option, wordings), cells);
    }

    /**
     * This profile with the value of the single field {@code path} read from {@code address} ({@code Sheet!C7}).
     *
     * @throws FormIoException {@code MSF-IO-5016} if the address is not of that form
     */
    public LayoutProfile withCell(String path, String address) {
        Map<String, CellAddress> c = new LinkedHashMap<>(cells);
        c.put(path, address(path, address));
        return new LayoutProfile(name, description, formId, sheets, labels, choices, c);
    }

    /**
     * Reads the address of a {@code cells} entry ({@code Sheet!C7}) as a profile file writes it.
     *
     * @param path    the entry's model path, named by the error
     * @param address the address as written
     * @throws FormIoException {@code MSF-IO-5016} if it is not of that form
     */
    public static CellAddress address(String path, String address) {
        try {
            return CellAddress.parse(address);
        } catch (IllegalArgumentException e) {
            throw fail(IoError.PROFILE_CELL_ADDRESS, "cells." + path, path, Defaults.text(address));
        }
    }

    private static Map<String, List<String>> added(Map<String, List<String>> map, String key, String... wordings) {
        Map<String, List<String>> m = new LinkedHashMap<>(map);
        List<String> words = new ArrayList<>(m.getOrDefault(key, List.of()));
        words.addAll(List.of(wordings));
        m.put(key, words);
        return m;
    }

    // ------------------------------------------------------------------ checks against the form

    private static FormDescriptor checkForm(String formId) {
        String known = String.join(", ", FormRegistry.forms().stream().map(FormDescriptor::id).toList());
        if (formId.isEmpty()) {
            throw fail(IoError.PROFILE_FORM_MISSING, "form", known);
        }
        return FormRegistry.find(formId).orElseThrow(() -> fail(IoError.PROFILE_FORM_UNKNOWN, "form", formId, known));
    }

    private static Map<String, String> copySheets(FormDescriptor form, Map<String, String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            String key = Defaults.text(e.getKey()).strip();
            String official = null;
            for (SheetDescriptor sheet : form.sheets()) {
                if (norm(sheet.name()).equals(norm(key))) {
                    official = sheet.name();
                }
            }
            if (official == null) {
                throw fail(IoError.PROFILE_SHEET_UNKNOWN, "sheets." + key, key, form.id(),
                        String.join("、", form.sheetNames()));
            }
            out.put(official, text("sheets." + key, e.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, List<String>> copyLabels(FormDescriptor form, Map<String, List<String>> given) {
        Set<String> known = labelPaths(form);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : given.entrySet()) {
            String path = Defaults.text(e.getKey()).strip();
            if (!known.contains(path)) {
                throw fail(IoError.PROFILE_PATH_UNKNOWN, "labels." + path, path, form.id());
            }
            out.put(path, words("labels." + path, e.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, List<String>> copyChoices(FormDescriptor form, Map<String, List<String>> given) {
        Map<String, String> options = new LinkedHashMap<>();
        for (SheetDescriptor sheet : form.sheets()) {
            List<FieldDescriptor> fields = new ArrayList<>(sheet.fields());
            sheet.tables().forEach(t -> fields.addAll(t.columns()));
            for (FieldDescriptor f : fields) {
                if (f.kind() == ValueKind.CHOICE) {
                    f.choices().forEach(c -> options.putIfAbsent(norm(c), c));
                }
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : given.entrySet()) {
            String option = Defaults.text(e.getKey()).strip();
            String official = options.get(norm(option));
            if (official == null) {
                throw fail(IoError.PROFILE_CHOICE_UNKNOWN, "choices." + option, option, form.id(),
                        String.join("、", options.values()));
            }
            List<String> words = new ArrayList<>(out.getOrDefault(official, List.of()));
            words.addAll(words("choices." + option, e.getValue()));
            out.put(official, List.copyOf(words));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, CellAddress> copyCells(FormDescriptor form, Map<String, CellAddress> given) {
        Set<String> singles = cellPaths(form);
        Map<String, CellAddress> out = new LinkedHashMap<>();
        for (Map.Entry<String, CellAddress> e : given.entrySet()) {
            String path = Defaults.text(e.getKey()).strip();
            if (!singles.contains(path)) {
                throw fail(IoError.PROFILE_CELL_PATH, "cells." + path, path, form.id());
            }
            if (e.getValue() == null) {
                throw fail(IoError.PROFILE_BLANK, "cells." + path, "cells." + path);
            }
            out.put(path, e.getValue());
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The paths {@code labels} may name, as the reader's vocabulary does: single fields (with their block's path),
     * the groups of grouped fields ({@code contact1}), tables and their columns ({@code lines[].globalIpAddress}).
     */
    public static Set<String> labelPaths(FormDescriptor form) {
        Set<String> out = new LinkedHashSet<>();
        for (SheetDescriptor sheet : form.sheets()) {
            for (SheetDescriptor.Block block : sheet.blocks()) {
                if (block instanceof FieldBlock fb) {
                    String prefix = fb.path().isEmpty() ? "" : fb.path() + ".";
                    for (FieldDescriptor f : fb.fields()) {
                        String path = prefix + f.path();
                        out.add(path);
                        if (!f.groups().isEmpty() && path.lastIndexOf('.') > 0) {
                            out.add(path.substring(0, path.lastIndexOf('.')));
                        }
                    }
                } else if (block instanceof TableBlock tb) {
                    out.add(tb.table().path());
                    for (FieldDescriptor c : tb.table().columns()) {
                        out.add(tb.table().path() + "[]." + c.path());
                    }
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** The paths {@code cells} may name: the single fields whose value is written in a cell (no pictures). */
    public static Set<String> cellPaths(FormDescriptor form) {
        Set<String> out = new LinkedHashSet<>();
        for (SheetDescriptor sheet : form.sheets()) {
            for (SheetDescriptor.Block block : sheet.blocks()) {
                if (block instanceof FieldBlock fb) {
                    String prefix = fb.path().isEmpty() ? "" : fb.path() + ".";
                    for (FieldDescriptor f : fb.fields()) {
                        if (f.kind() != ValueKind.IMAGE) {
                            out.add(prefix + f.path());
                        }
                    }
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }

    private static List<String> words(String entry, List<String> given) {
        if (given == null || given.isEmpty()) {
            throw fail(IoError.PROFILE_BLANK, entry, entry);
        }
        List<String> out = new ArrayList<>(given.size());
        for (String w : given) {
            String t = text(entry, w);
            if (t.codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw fail(IoError.PROFILE_BLANK, entry, entry);
            }
            out.add(t);
        }
        return List.copyOf(out);
    }

    private static String text(String entry, String value) {
        String t = Defaults.text(value).strip();
        if (t.isEmpty() && !entry.equals("name")) {
            throw fail(IoError.PROFILE_BLANK, entry, entry);
        }
        if (t.length() > MAX_TEXT) {
            throw fail(IoError.PROFILE_TEXT_TOO_LONG, entry, entry, MAX_TEXT, t.length());
        }
        return t;
    }

    /** NFKC, white space removed: how names and wordings of a profile are compared with the form's. */
    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static FormIoException fail(IoError error, String entry, Object... args) {
        return new FormIoException(error.code(), entry, 0, 0, args, null);
    }
}

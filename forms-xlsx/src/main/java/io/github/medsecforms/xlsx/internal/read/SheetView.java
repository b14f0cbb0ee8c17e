package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.model.Choice;
import io.github.medsecforms.xlsx.internal.grid.Cell;
import io.github.medsecforms.xlsx.internal.grid.CellRange;
import io.github.medsecforms.xlsx.internal.grid.GridSheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A worksheet prepared for label search: its text cells, each with its {@link Text} ({@link #textCount},
 * {@link #textCell}, {@link #text}) in one pass over its cells, so that the recogniser and the locator walk a sheet's
 * texts without looking each one up again; and, on first {@link #present}, which of a set of label keys its texts
 * hold (a workbook whose form is recognised by content never asks). Each
 * distinct text is keyed once per workbook: the views of one workbook share a {@link Keys} table of {@code Text}s,
 * which the sheet reader also uses for the cells it looks at.
 */
final class SheetView {
    private final GridSheet sheet;
    private final Keys keys;
    /** The last {@link #present} answer and the set it was asked for (by identity). */
    private Set<String> presentFor;
    private Set<String> present;
    /** The text cells, row-major (ascending), and their texts: {@link #rowKeys}, {@link #textCell}. */
    private Cell[] textCells = new Cell[64];
    private Text[] texts = new Text[64];
    private int textCount;

    SheetView(GridSheet sheet) {
        this(sheet, new Keys());
    }

    SheetView(GridSheet sheet, Keys keys) {
        this.sheet = sheet;
        this.keys = keys;
        sheet.forEachText(cell -> {
            if (textCount == textCells.length) {
                textCells = java.util.Arrays.copyOf(textCells, textCount * 2);
                texts = java.util.Arrays.copyOf(texts, textCount * 2);
            }
            textCells[textCount] = cell;
            texts[textCount++] = keys.text(cell.text());
        });
    }

    /**
     * Which of {@code wanted} are the key of a text cell (texts of up to 400 characters), as is or without a question
     * number: computed once per view for one set of wanted keys (recognition asks with the union of every form's label
     * keys), by one pass over the sheet's texts — no index of every text is built, which on a 10,000-line sheet cost
     * 4–5% of a read (docs/decisions.md D-91).
     */
    Set<String> present(Set<String> wanted) {
        if (presentFor == wanted) {
            return present;
        }
        Set<String> found = new java.util.HashSet<>();
        for (int i = 0; i < textCount; i++) {
            String key = texts[i].key;
            if (key.isEmpty() || textCells[i].text().length() > 400) {
                continue;
            }
            if (wanted.contains(key)) {
                found.add(key);
            }
            String plain = LabelText.stripNumber(key);
            if (!plain.equals(key) && wanted.contains(plain)) {
                found.add(plain);
            }
        }
        presentFor = wanted;
        present = found;
        return found;
    }

    /**
     * One distinct text of a workbook and what the reader derives from it, each computed once on first use: its
     * {@link LabelText#nfkc NFKC form} (which the key and the others start from: normalised once per text), its
     * {@link LabelText#key}, the key's {@link Wording#core} and {@link Wording#leadingNumber}, and
     * {@link Wording#labelAndValue}. Numbered in the order the workbook's {@link Keys} first saw them ({@link #id}),
     * so that a reader can remember its own findings per text in an array ({@link PerText}).
     */
    static final class Text {
        final int id;
        final String text;
        /** {@link LabelText#nfkc} of the text. */
        final String nfkc;
        final String key;
        private final Keys keys;
        private String core;
        private String number;
        private String[] pair;
        private String choiceKey;

        private Text(Keys keys, int id, String text) {
            this.keys = keys;
            this.id = id;
            this.text = text;
            this.nfkc = text == null ? null : LabelText.nfkc(text);
            this.key = text == null ? "" : LabelText.keyOfNfkc(nfkc);
        }

        /** {@link Wording#core} of the key (shared with every text of the same key). */
        String core() {
            String c = core;
            if (c == null) {
                c = keys.core(key);
                core = c;
            }
            return c;
        }

        /** {@link Wording#leadingNumber} of the key. */
        String number() {
            String n = number;
            if (n == null) {
                n = keys.number(key);
                number = n;
            }
            return n;
        }

        /** {@link ChoiceText#norm} of the text, as an option's wording is compared. */
        String choiceKey() {
            String k = choiceKey;
            if (k == null) {
                k = ChoiceText.normOfNfkc(nfkc);
                choiceKey = k;
            }
            return k;
        }

        /** {@link Wording#labelAndValue} of the text: the same array each time (read it only), null for no pair. */
        String[] labelAndValue() {
            String[] lv = pair;
            if (lv == null) {
                lv = Wording.labelAndValue(text, nfkc);
                pair = lv == null ? Keys.NO_PAIR : lv;
                return lv;
            }
            return lv == Keys.NO_PAIR ? null : lv;
        }
    }

    /**
     * Values a reader derives from the texts of one workbook, remembered by {@link Text#id} in an array (no look-up
     * by text). Bound to the workbook's {@link Keys}: a text of another workbook is refused. Not thread-safe. (Not
     * final: a test overrides {@link #put} to remember nothing.)
     */
    static class PerText<T> {
        private final Keys keys;
        private Object[] values;

        PerText(Keys keys) {
            this.keys = keys;
            this.values = new Object[Math.max(16, keys.size())];
        }

        /** What was remembered for {@code text}, or null. */
        @SuppressWarnings("unchecked")
        T get(Text text) {
            check(text);
            return text.id < values.length ? (T) values[text.id] : null;
        }

        void put(Text text, T value) {
            check(text);
            if (text.id >= values.length) {
                values = java.util.Arrays.copyOf(values, Math.max(text.id + 1, values.length * 2));
            }
            values[text.id] = value;
        }

        private void check(Text text) {
            if (text.keys != keys) {
                throw new IllegalArgumentException("a text of another workbook");
            }
        }
    }

    /**
     * The {@link Text}s of one workbook by text, and {@link Wording#core} and {@link Wording#leadingNumber} memoised by
     * key: shared strings repeat, and the reader keys the same cells and labels many times (recognition, placement,
     * tables). Not thread-safe: one per read.
     */
    static final class Keys {
        private final Map<String, Text> texts;
        /**
         * Sized like {@link #texts}: nearly every distinct text is a distinct key whose core (and, when the form is
         * recognised by content, leading number) is asked for.
         */
        private final Map<String, String> cores;
        private final Map<String, String> numbers;
        /** {@link Text#labelAndValue}'s mark of a text that is no label-and-value pair. */
        private static final String[] NO_PAIR = new String[0];

        Keys() {
            this(0);
        }

        /** A table sized for about {@code texts} distinct texts. */
        Keys(int texts) {
            this.texts = new HashMap<>(capacity(texts));
            this.cores = new HashMap<>(capacity(texts));
            this.numbers = new HashMap<>(capacity(texts));
        }

        /** The {@link Text} of {@code text}, made on first sight. */
        Text text(String text) {
            Text t = texts.get(text);
            if (t == null) {
                t = new Text(this, texts.size(), text);
                texts.put(text, t);
            }
            return t;
        }

        /** How many distinct texts were seen: every {@link Text#id} is below it. */
        int size() {
            return texts.size();
        }

        String key(String text) {
            return text(text).key;
        }

        /** {@link Wording#core} of {@code key}, computed once per distinct key. */
        String core(String key) {
            String c = cores.get(key);
            if (c == null) {
                c = Wording.core(key);
                cores.put(key, c);
            }
            return c;
        }

        /** {@link Wording#leadingNumber} of {@code key}, computed once per distinct key. */
        String number(String key) {
            String n = numbers.get(key);
            if (n == null) {
                n = Wording.leadingNumber(key);
                numbers.put(key, n);
            }
            return n;
        }

        /**
         * {@link Wording#labelAndValue} of {@code text}, computed once per distinct text: the same array each time
         * (callers only read it), null when the text is no such pair.
         */
        String[] labelAndValue(String text) {
            return text(text).labelAndValue();
        }

        /** {@link ChoiceText#exact}: the option of {@code type} that {@code text} names, or null; its steps memoised. */
        Choice choice(Class<?> type, String text) {
            return ChoiceText.exactOfKey(type, text(text).choiceKey(), this);
        }

        /** {@code Wording.core(LabelText.key(text))}, both steps memoised. */
        String coreOf(String text) {
            return text(text).core();
        }
    }

    /** A {@link HashMap} capacity for {@code n} entries without rehashing, within reason. */
    static int capacity(int n) {
        return Math.min(n, 1 << 16) * 4 / 3 + 16;
    }

    /** {@link LabelText#key} of {@code text}, memoised for this workbook. */
    String key(String text) {
        return text == null ? LabelText.key(null) : keys.key(text);
    }

    /** {@link Wording#core} of a key, memoised for this workbook. */
    String core(String key) {
        return keys.core(key);
    }

    /**
     * {@code core(key(text))}: the core of a text's key, through its {@link Text}, which remembers both (one look-up
     * by text, not one by text and one by key).
     */
    String coreOf(String text) {
        return text == null ? core(key(null)) : keys.coreOf(text);
    }

    /** {@link Wording#leadingNumber} of a key, memoised for this workbook. */
    String number(String key) {
        return keys.number(key);
    }

    /** {@link Wording#labelAndValue} of a text, memoised for this workbook (the array is shared: read it only). */
    String[] labelAndValue(String text) {
        return keys.labelAndValue(text);
    }

    Keys keys() {
        return keys;
    }

    GridSheet sheet() {
        return sheet;
    }

    String name() {
        return sheet.name();
    }

    /** The keys of the text cells of {@code row}, left to right, into {@code out} (cleared first). */
    void rowKeys(int row, List<String> out) {
        out.clear();
        int lo = 0;
        int hi = textCount;
        while (lo < hi) { // the first index whose row is >= row
            int mid = (lo + hi) >>> 1;
            if (textCells[mid].row() < row) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < textCount && textCells[i].row() == row; i++) {
            out.add(texts[i].key);
        }
    }

    /** How many text cells the sheet has. */
    int textCount() {
        return textCount;
    }

    /** The {@code i}-th text cell, row-major ({@code i < textCount()}). */
    Cell textCell(int i) {
        return textCells[i];
    }

    /** The {@link Text} of the {@code i}-th text cell. */
    Text text(int i) {
        return texts[i];
    }

    Cell cell(int row, int col) {
        return sheet.cell(row, col);
    }

    /**
     * The merged region covering (row, col), or that cell alone — also where nothing is written (a blank cell's
     * {@link Cell#BLANK} has no position, so {@link #regionOf} cannot be asked for it).
     */
    CellRange regionAt(int row, int col) {
        return sheet.regionAt(row, col);
    }

    /** The merged region a cell belongs to, or the cell alone. */
    CellRange regionOf(Cell cell) {
        return sheet.regionAt(cell.row(), cell.col());
    }

    /** The value shown at (row, col): a merged region shows the value of its top-left cell. */
    Cell shown(int row, int col) {
        return sheet.shown(row, col);
    }

    int lastRow() {
        return sheet.lastRow();
    }

    int lastColumn() {
        return sheet.lastColumn();
    }
}

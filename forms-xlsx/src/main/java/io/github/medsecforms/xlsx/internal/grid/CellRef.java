package io.github.medsecforms.xlsx.internal.grid;

/**
 * <b>Internal.</b> A1-style cell references: 0-based row/column ⇄ {@code A1} … {@code XFD1048576}. References
 * beyond Excel's sheet (1,048,576 rows × 16,384 columns) are refused.
 */
public final class CellRef {
    /** Rows in an Excel sheet. */
    public static final int MAX_ROWS = 1_048_576;
    /** Columns in an Excel sheet. */
    public static final int MAX_COLUMNS = 16_384;

    private CellRef() {
    }

    /** {@code (0, 0)} → {@code A1}, {@code (9, 26)} → {@code AA10}. */
    public static String a1(int row, int col) {
        check(row, col);
        return column(col) + (row + 1);
    }

    /** The letters of the columns A … ZZ, made once: every origin of a read names its cell. */
    private static final String[] TWO_LETTER_COLUMNS = new String[26 + 26 * 26];

    static {
        for (int c = 0; c < TWO_LETTER_COLUMNS.length; c++) {
            TWO_LETTER_COLUMNS[c] = letters(c);
        }
    }

    /** The column letters: {@code 0} → {@code A}, {@code 26} → {@code AA}, {@code 16383} → {@code XFD}. */
    public static String column(int col) {
        if (col < 0 || col >= MAX_COLUMNS) {
            throw new IllegalArgumentException("column out of Excel's range: " + col);
        }
        return col < TWO_LETTER_COLUMNS.length ? TWO_LETTER_COLUMNS[col] : letters(col);
    }

    private static String letters(int col) {
        char[] buf = new char[3];
        int pos = 3;
        int c = col + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            buf[--pos] = (char) ('A' + rem);
            c = (c - 1) / 26;
        }
        return new String(buf, pos, 3 - pos);
    }

    /** The 0-based row of {@code a1} (e.g. {@code C5} → 4). */
    public static int row(String a1) {
        return row(require(a1));
    }

    /** The 0-based column of {@code a1} (e.g. {@code C5} → 2). */
    public static int col(String a1) {
        return col(require(a1));
    }

    private static long require(String a1) {
        long packed = parse(a1);
        if (packed < 0) {
            throw new IllegalArgumentException("not a cell reference within Excel's limits: " + a1);
        }
        return packed;
    }

    private static void check(int row, int col) {
        if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLUMNS) {
            throw new IllegalArgumentException("cell out of Excel's range: row " + row + ", column " + col);
        }
    }

    /**
     * Parses {@code A1} (letters in either case, optional {@code $} before letters and digits) into
     * {@code row << 16 | col}, or {@code -1} when malformed or beyond Excel's limits.
     */
    static long parse(CharSequence s) {
        char[] chars = s.toString().toCharArray();
        return parse(chars, 0, chars.length);
    }

    /** {@link #parse(CharSequence)} of {@code buf[start, end)}, surrounding white space ignored; no allocation. */
    static long parse(char[] buf, int start, int end) {
        int i = start;
        int n = end;
        while (i < n && buf[i] <= ' ') {
            i++;
        }
        while (n > i && buf[n - 1] <= ' ') {
            n--;
        }
        if (i < n && buf[i] == '$') {
            i++;
        }
        int col = 0;
        int letters = 0;
        while (i < n) {
            char ch = buf[i];
            int v;
            if (ch >= 'A' && ch <= 'Z') {
                v = ch - 'A' + 1;
            } else if (ch >= 'a' && ch <= 'z') {
                v = ch - 'a' + 1;
            } else {
                break;
            }
            if (++letters > 3) {
                return -1;
            }
            col = col * 26 + v;
            i++;
        }
        if (letters == 0 || col > MAX_COLUMNS) {
            return -1;
        }
        if (i < n && buf[i] == '$') {
            i++;
        }
        int digits = 0;
        long row = 0;
        while (i < n) {
            char ch = buf[i];
            if (ch < '0' || ch > '9' || ++digits > 7) {
                return -1;
            }
            row = row * 10 + (ch - '0');
            i++;
        }
        if (digits == 0 || row < 1 || row > MAX_ROWS) {
            return -1;
        }
        return (row - 1) << 16 | (col - 1);
    }

    /** The row of a reference packed by {@link #parse}. */
    static int row(long packed) {
        return (int) (packed >>> 16);
    }

    /** The column of a reference packed by {@link #parse}. */
    static int col(long packed) {
        return (int) (packed & 0xFFFF);
    }
}

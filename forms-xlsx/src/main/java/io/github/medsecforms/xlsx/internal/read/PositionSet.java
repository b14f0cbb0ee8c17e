package io.github.medsecforms.xlsx.internal.read;

import java.util.Arrays;

/**
 * A set of cell positions ({@link Placement#pos}), without boxing. Positions inside the sheet's used area are bits of
 * one {@code long[]}, a row's columns in consecutive words; positions outside it (a merged region reaching past the
 * last written cell) and every position of a sheet too large for the bit map go to an open-addressing table over a
 * {@code long[]}, at most half full. The reader asks whether a cell is consumed for most cells it looks at, and marks
 * every cell it reads: a {@code HashSet<Long>} boxed each position, and the hashed table alone spent 7–10% of a
 * 10,000-line read in cache misses (docs/decisions.md D-91). Not thread-safe: one per sheet and read.
 */
final class PositionSet {
    /**
     * The mark of an empty slot: {@code Placement.pos(row, col)} is never {@code Long.MIN_VALUE} (a negative column
     * sets every bit from 31 up).
     */
    private static final long FREE = Long.MIN_VALUE;
    /** The largest bit map kept, in words (2 MB); a larger used area is hashed. */
    private static final int MAX_WORDS = 1 << 18;
    private static final int COL_BITS = 20; // as Placement.pos
    private static final long COL_MASK = (1L << COL_BITS) - 1;

    private final int rows;
    private final int wordsPerRow;
    private final long[] bits;
    private long[] slots; // the hashed positions; null until one is added
    private int hashed;
    private int size;

    /** A set for any positions, all hashed. */
    PositionSet() {
        this(0, 0);
    }

    /**
     * A set whose positions in rows {@code 0 … rows − 1} and columns {@code 0 … cols − 1} are bits (when that area
     * fits {@link #MAX_WORDS}); any other position is hashed.
     */
    PositionSet(int rows, int cols) {
        int wpr = cols <= 0 ? 0 : (cols + 63) >>> 6;
        if (rows <= 0 || wpr == 0 || (long) rows * wpr > MAX_WORDS) {
            this.rows = 0;
            this.wordsPerRow = 0;
            this.bits = new long[0];
        } else {
            this.rows = rows;
            this.wordsPerRow = wpr;
            this.bits = new long[rows * wpr];
        }
    }

    private PositionSet(PositionSet other) {
        this.rows = other.rows;
        this.wordsPerRow = other.wordsPerRow;
        this.bits = other.bits.clone();
        this.slots = other.slots == null ? null : other.slots.clone();
        this.hashed = other.hashed;
        this.size = other.size;
    }

    /** The word of the bit map holding {@code pos}, or −1 when {@code pos} is hashed. */
    private int word(long pos) {
        long row = pos >> COL_BITS;
        long col = pos & COL_MASK;
        if (row < 0 || row >= rows || col >= (long) wordsPerRow << 6) {
            return -1;
        }
        return (int) row * wordsPerRow + (int) (col >>> 6);
    }

    boolean contains(long pos) {
        int w = word(pos);
        if (w >= 0) {
            return (bits[w] & (1L << pos)) != 0; // the shift takes the low six bits: the column within its word
        }
        return slots != null && hashContains(pos);
    }

    /** Adds {@code pos}; whether it was new. */
    boolean add(long pos) {
        int w = word(pos);
        if (w >= 0) {
            long bit = 1L << pos;
            long old = bits[w];
            if ((old & bit) != 0) {
                return false;
            }
            bits[w] = old | bit;
            size++;
            return true;
        }
        if (hashAdd(pos)) {
            size++;
            return true;
        }
        return false;
    }

    void addAll(Iterable<Long> positions) {
        for (long pos : positions) {
            add(pos);
        }
    }

    void addAll(PositionSet other) {
        for (long pos : other.toArray()) {
            add(pos);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(bits, 0L);
        slots = null;
        hashed = 0;
        size = 0;
    }

    /** A copy, independent of this set. */
    PositionSet copy() {
        return new PositionSet(this);
    }

    /** The smallest and the largest row of the positions, {@code {MAX_VALUE, -1}} when there are none. */
    int[] rowSpan() {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int w = 0; w < bits.length; w++) {
            if (bits[w] != 0) {
                int row = w / wordsPerRow;
                first = Math.min(first, row);
                last = Math.max(last, row);
            }
        }
        if (slots != null) {
            for (long s : slots) {
                if (s != FREE) {
                    int row = (int) (s >> COL_BITS);
                    first = Math.min(first, row);
                    last = Math.max(last, row);
                }
            }
        }
        return new int[] {first, last};
    }

    /** The positions, in no particular order. */
    long[] toArray() {
        long[] out = new long[size];
        int n = 0;
        for (int w = 0; w < bits.length; w++) {
            long b = bits[w];
            if (b == 0) {
                continue;
            }
            long row = w / wordsPerRow;
            long colBase = (long) (w % wordsPerRow) << 6;
            while (b != 0) {
                int bit = Long.numberOfTrailingZeros(b);
                out[n++] = row << COL_BITS | (colBase + bit);
                b &= b - 1;
            }
        }
        if (slots != null) {
            for (long s : slots) {
                if (s != FREE) {
                    out[n++] = s;
                }
            }
        }
        return out;
    }

    private static int slot(long pos, int mask) {
        long h = pos * 0x9E3779B97F4A7C15L; // Fibonacci hashing: rows and columns both reach the low bits
        return (int) (h >>> 40) & mask;
    }

    private boolean hashContains(long pos) {
        int mask = slots.length - 1;
        for (int i = slot(pos, mask); ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == pos) {
                return true;
            }
            if (s == FREE) {
                return false;
            }
        }
    }

    private boolean hashAdd(long pos) {
        if (slots == null) {
            slots = newSlots(64);
        }
        int mask = slots.length - 1;
        for (int i = slot(pos, mask); ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == pos) {
                return false;
            }
            if (s == FREE) {
                slots[i] = pos;
                if (++hashed * 2 > slots.length) {
                    grow();
                }
                return true;
            }
        }
    }

    private static long[] newSlots(int n) {
        long[] s = new long[n];
        Arrays.fill(s, FREE);
        return s;
    }

    private void grow() {
        long[] old = slots;
        slots = newSlots(old.length * 2);
        int mask = slots.length - 1;
        for (long s : old) {
            if (s != FREE) {
                int i = slot(s, mask);
                while (slots[i] != FREE) {
                    i = (i + 1) & mask;
                }
                slots[i] = s;
            }
        }
    }
}

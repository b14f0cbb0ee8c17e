package io.github.medsecforms.xlsx.internal.read;

import java.util.Arrays;

/**
 * A set of cell positions ({@link Placement#pos}), without boxing: open addressing over a {@code long[]}, at most
 * half full. The reader asks whether a cell is consumed for most cells it looks at, and marks every cell it reads;
 * a {@code HashSet<Long>} boxed each position and hashed the box. Not thread-safe: one per sheet and read.
 */
final class PositionSet {
    /**
     * The mark of an empty slot: {@code Placement.pos(row, col)} is never {@code Long.MIN_VALUE} (a negative column
     * sets every bit from 31 up).
     */
    private static final long FREE = Long.MIN_VALUE;
    private long[] slots;
    private int size;

    PositionSet() {
        this(16);
    }

    /**
     * A set sized for about {@code expected} positions without growing (up to 65,536 of them; a larger set grows
     * as it fills).
     */
    PositionSet(int expected) {
        int n = 64;
        while (n < 2 * Math.min(expected, 1 << 16) + 2) {
            n *= 2;
        }
        slots = newSlots(n);
    }

    private static long[] newSlots(int n) {
        long[] s = new long[n];
        Arrays.fill(s, FREE);
        return s;
    }

    private static int slot(long pos, int mask) {
        long h = pos * 0x9E3779B97F4A7C15L; // Fibonacci hashing: rows and columns both reach the low bits
        return (int) (h >>> 40) & mask;
    }

    boolean contains(long pos) {
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

    /** Adds {@code pos}; whether it was new. */
    boolean add(long pos) {
        int mask = slots.length - 1;
        for (int i = slot(pos, mask); ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == pos) {
                return false;
            }
            if (s == FREE) {
                slots[i] = pos;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return true;
            }
        }
    }

    void addAll(Iterable<Long> positions) {
        for (long pos : positions) {
            add(pos);
        }
    }

    void addAll(PositionSet other) {
        for (long s : other.slots) {
            if (s != FREE) {
                add(s);
            }
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(slots, FREE);
        size = 0;
    }

    /** A copy, independent of this set. */
    PositionSet copy() {
        PositionSet c = new PositionSet();
        c.slots = slots.clone();
        c.size = size;
        return c;
    }

    /** The positions, in no particular order. */
    long[] toArray() {
        long[] out = new long[size];
        int n = 0;
        for (long s : slots) {
            if (s != FREE) {
                out[n++] = s;
            }
        }
        return out;
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

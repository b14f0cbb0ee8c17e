package io.github.medsecforms.xlsx.internal.read;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Character bigrams of a wording as a sorted array, so that the similarity measures of {@link Wording} and
 * {@link Lexicon} count common bigrams by merging two arrays instead of filling a hash map per comparison, and an
 * {@link Index} that finds, for one cell's text, every known wording sharing a bigram with it without comparing the
 * others at all. The counts are the same multiset counts as before (a bigram twice in both counts twice); only the
 * time changes: the recogniser compared every text cell with every long wording of every form (docs/performance.md,
 * 2026-12-05). Our design.
 */
final class Bigrams {
    private static final int[] NONE = new int[0];

    private Bigrams() {
    }

    /** The bigram code of the two characters at {@code i} of {@code s}. */
    static int code(String s, int i) {
        return s.charAt(i) << 16 | s.charAt(i + 1);
    }

    /** The sorted bigram codes of {@code s} (empty when shorter than two characters). */
    static int[] of(String s) {
        if (s.length() < 2) {
            return NONE;
        }
        int[] g = new int[s.length() - 1];
        for (int i = 0; i < g.length; i++) {
            g[i] = code(s, i);
        }
        Arrays.sort(g);
        return g;
    }

    /** How many bigrams two sorted arrays share, counting each as often as both hold it. */
    static int common(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /**
     * The wordings of a list indexed by their bigrams. {@link #common} gives, for a query, the number of bigrams it
     * shares with each wording (as {@link Bigrams#common} would), visiting only the wordings that share one.
     * Immutable once built; a {@link Scratch} per reading thread holds the counters.
     */
    static final class Index {
        /**
         * bigram → pairs (wording index, how often the wording holds it), flattened: an open-addressing table (linear
         * probing, a power of two at most half full) of the bigrams in {@link #codes} and their lists in
         * {@link #lists}, a slot without a list being free — looked up per query bigram without boxing it.
         */
        private final int[] codes;
        private final int[][] lists;
        private final int mask;
        private final int size;

        Index(List<String> wordings) {
            size = wordings.size();
            Map<Integer, int[]> building = new HashMap<>();
            Map<Integer, Integer> lengths = new HashMap<>();
            for (int w = 0; w < wordings.size(); w++) {
                int[] g = of(wordings.get(w));
                for (int i = 0; i < g.length; ) {
                    int j = i;
                    while (j < g.length && g[j] == g[i]) {
                        j++;
                    }
                    int[] list = building.computeIfAbsent(g[i], k -> new int[8]);
                    int used = lengths.getOrDefault(g[i], 0);
                    if (used + 2 > list.length) {
                        list = Arrays.copyOf(list, list.length * 2);
                        building.put(g[i], list);
                    }
                    list[used] = w;
                    list[used + 1] = j - i;
                    lengths.put(g[i], used + 2);
                    i = j;
                }
            }
            int slots = Integer.highestOneBit(Math.max(1, building.size()) * 2 - 1) * 2;
            codes = new int[slots];
            lists = new int[slots][];
            mask = slots - 1;
            building.forEach((g, list) -> {
                int i = slot(g);
                while (lists[i] != null) {
                    i = (i + 1) & mask;
                }
                codes[i] = g;
                lists[i] = Arrays.copyOf(list, lengths.get(g));
            });
        }

        private int slot(int code) {
            int h = code * 0x9E3779B9; // Fibonacci hashing: the high bits of a bigram code are its first character
            return (h ^ (h >>> 16)) & mask;
        }

        /** The postings of bigram {@code code}, or null when no wording holds it. */
        private int[] postings(int code) {
            for (int i = slot(code); lists[i] != null; i = (i + 1) & mask) {
                if (codes[i] == code) {
                    return lists[i];
                }
            }
            return null;
        }

        /** Counters sized for this index; one per thread, reused across queries. */
        Scratch scratch() {
            return new Scratch(size);
        }

        /**
         * Counts, into {@code scratch}, the bigrams {@code query} shares with each wording; returns how many wordings
         * share at least one ({@link Scratch#touched} lists them, {@link Scratch#count} gives the number).
         */
        int common(String query, Scratch scratch) {
            scratch.reset();
            int[] g = of(query);
            for (int i = 0; i < g.length; ) {
                int j = i;
                while (j < g.length && g[j] == g[i]) {
                    j++;
                }
                int[] list = postings(g[i]);
                if (list != null) {
                    int mine = j - i;
                    for (int k = 0; k < list.length; k += 2) {
                        int w = list[k];
                        if (scratch.counts[w] == 0) {
                            scratch.touched[scratch.n++] = w;
                        }
                        scratch.counts[w] += Math.min(mine, list[k + 1]);
                    }
                }
                i = j;
            }
            return scratch.n;
        }
    }

    /** The counters of one query over an {@link Index}. */
    static final class Scratch {
        final int[] counts;
        final int[] touched;
        int n;

        Scratch(int size) {
            counts = new int[size];
            touched = new int[size];
        }

        void reset() {
            for (int i = 0; i < n; i++) {
                counts[touched[i]] = 0;
            }
            n = 0;
        }

        /** The bigrams the last query shares with wording {@code w}. */
        int count(int w) {
            return counts[w];
        }
    }
}

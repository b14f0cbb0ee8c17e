package io.github.medsecforms.xlsx.internal.grid;

import java.math.BigDecimal;
import java.math.MathContext;

/** Parsing of {@code <v>} numbers and the canonical text of a number. */
final class Numbers {
    private static final double TWO_53 = 9007199254740992.0;

    private Numbers() {
    }

    /**
     * Parses an OOXML number ({@code xsd:double} as Excel writes it: digits, sign, point, exponent). Returns NaN
     * for anything else, including {@code NaN}, {@code INF}, hexadecimal and Java suffixes, and for overflow.
     */
    static double parse(String s) {
        int n = s.length();
        if (n == 0 || n > 400) {
            return Double.NaN;
        }
        // fast path: an integer of up to 15 digits, optionally negative
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        if (n - i <= 15 && n > i) {
            long v = 0;
            int j = i;
            for (; j < n; j++) {
                char c = s.charAt(j);
                if (c < '0' || c > '9') {
                    break;
                }
                v = v * 10 + (c - '0');
            }
            if (j == n) {
                return negative ? -(double) v : (double) v;
            }
        }
        for (int j = 0; j < n; j++) {
            char c = s.charAt(j);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        try {
            double d = Double.parseDouble(s);
            return Double.isInfinite(d) ? Double.NaN : d;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * The canonical text of a number: integral values without a fraction ({@code 45425}, {@code -3}, never
     * {@code -0}), others the shortest decimal that reads back to the same double ({@code 3.5},
     * {@code 0.30000000000000004}), in plain notation for decimal exponents −7 … 20 and else scientific
     * ({@code 1.5E-10}, {@code 1E+21}).
     */
    static String text(double d) {
        if (d == Math.rint(d) && Math.abs(d) < TWO_53) {
            return Long.toString((long) d);
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        BigDecimal shortest = new BigDecimal(Double.toString(d));
        if (shortest.precision() >= 16) {
            // Double.toString of JDK < 19 is sometimes a digit too long: find the shortest that round-trips
            BigDecimal exact = new BigDecimal(d);
            for (int p = 1; p < shortest.precision(); p++) {
                BigDecimal candidate = exact.round(new MathContext(p));
                if (candidate.doubleValue() == d) {
                    shortest = candidate;
                    break;
                }
            }
        }
        shortest = shortest.stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent >= -7 && exponent <= 20) {
            return shortest.toPlainString();
        }
        return shortest.toString();
    }
}

package io.github.medsecforms.xlsx.internal.grid;

import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * Stax2 typed-access decoders for the hot path of sheet parsing: they read cell references, type codes, indexes
 * and numbers straight from the parser's character buffer, without creating strings. They never throw: an
 * unreadable value becomes a sentinel ({@code -1}, NaN) that the caller reports with its own code. Stateful; one
 * set per sheet parse.
 */
final class Decoders {
    private Decoders() {
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** A1 reference → {@link CellRef#parse} packing, or −1. */
    static final class Ref extends TypedValueDecoder {
        long value;

        @Override
        public void decode(String input) {
            value = CellRef.parse(input);
        }

        @Override
        public void decode(char[] buf, int start, int end) {
            value = CellRef.parse(buf, start, end);
        }

        @Override
        public void handleEmptyValue() {
            value = -1;
        }
    }

    /** Non-negative int of up to 9 digits, or −1. */
    static final class Int extends TypedValueDecoder {
        int value;

        @Override
        public void decode(String input) {
            value = Xml.intValue(input.trim(), -1);
        }

        @Override
        public void decode(char[] buf, int start, int end) {
            while (start < end && isSpace(buf[start])) {
                start++;
            }
            while (end > start && isSpace(buf[end - 1])) {
                end--;
            }
            int n = end - start;
            if (n == 0 || n > 9) {
                value = -1;
                return;
            }
            int v = 0;
            for (int i = start; i < end; i++) {
                char c = buf[i];
                if (c < '0' || c > '9') {
                    value = -1;
                    return;
                }
                v = v * 10 + (c - '0');
            }
            value = v;
        }

        @Override
        public void handleEmptyValue() {
            value = -1;
        }
    }

    /** An OOXML number ({@link Numbers#parse}), NaN if unreadable. */
    static final class Number extends TypedValueDecoder {
        double value;
        /** Whether the last value decoded was empty ({@code <v/>}, as scripts write for a formula they did not compute). */
        boolean empty;

        @Override
        public void decode(String input) {
            empty = false;
            value = Numbers.parse(input.trim());
        }

        @Override
        public void decode(char[] buf, int start, int end) {
            while (start < end && isSpace(buf[start])) {
                start++;
            }
            while (end > start && isSpace(buf[end - 1])) {
                end--;
            }
            empty = start == end;
            int i = start;
            boolean negative = i < end && buf[i] == '-';
            if (negative) {
                i++;
            }
            int digits = end - i;
            if (digits > 0 && digits <= 15) {
                long v = 0;
                int j = i;
                for (; j < end; j++) {
                    char c = buf[j];
                    if (c < '0' || c > '9') {
                        break;
                    }
                    v = v * 10 + (c - '0');
                }
                if (j == end) {
                    value = negative ? -(double) v : (double) v;
                    return;
                }
            }
            value = Numbers.parse(new String(buf, start, end - start));
        }

        @Override
        public void handleEmptyValue() {
            value = Double.NaN;
            empty = true;
        }
    }

    /** The {@code t} attribute of a cell. */
    static final class Type extends TypedValueDecoder {
        static final int NUMBER = 0;
        static final int SHARED = 1;
        static final int FORMULA_STRING = 2;
        static final int INLINE = 3;
        static final int BOOLEAN = 4;
        static final int ERROR = 5;
        static final int DATE = 6;
        static final int UNKNOWN = -1;

        int value;

        @Override
        public void decode(String input) {
            char[] c = input.toCharArray();
            decode(c, 0, c.length);
        }

        @Override
        public void decode(char[] buf, int start, int end) {
            int n = end - start;
            if (n == 1) {
                value = switch (buf[start]) {
                    case 's' -> SHARED;
                    case 'n' -> NUMBER;
                    case 'b' -> BOOLEAN;
                    case 'e' -> ERROR;
                    case 'd' -> DATE;
                    default -> UNKNOWN;
                };
            } else if (n == 3 && buf[start] == 's' && buf[start + 1] == 't' && buf[start + 2] == 'r') {
                value = FORMULA_STRING;
            } else if (n == 9 && new String(buf, start, n).equals("inlineStr")) {
                value = INLINE;
            } else {
                value = UNKNOWN;
            }
        }

        @Override
        public void handleEmptyValue() {
            value = UNKNOWN;
        }
    }
}

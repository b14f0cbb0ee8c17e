package io.github.medsecforms.xlsx.internal.grid;

/**
 * Which number formats show dates (or times). Built-in ids 14–22 (dates and times), 27–36 and 50–58 (the CJK
 * built-ins, e.g. Japanese era dates) and 45–47 (minutes/seconds); custom codes whose first section has a
 * {@code y m d e g h s} token outside quotes, brackets and escapes — e.g. {@code yyyy/m/d},
 * {@code [$-411]ggge"年"m"月"d"日"}. Elapsed-time codes ({@code [h]:mm}, {@code [mm]:ss}) are durations, not dates;
 * {@code E+}/{@code E-} is a scientific exponent and {@code General} is no date.
 */
final class DateFormats {
    private DateFormats() {
    }

    static boolean isBuiltinDate(int id) {
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
    }

    static boolean isDateCode(String code) {
        if (code == null) {
            return false;
        }
        int n = code.length();
        boolean date = false;
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            switch (c) {
                case ';':
                    return date;
                case '"': {
                    int close = code.indexOf('"', i + 1);
                    i = close < 0 ? n : close;
                    break;
                }
                case '\\', '_', '*':
                    i++;
                    break;
                case '[': {
                    int close = code.indexOf(']', i + 1);
                    if (close < 0) {
                        return date;
                    }
                    if (isElapsed(code, i + 1, close)) {
                        return false;
                    }
                    i = close;
                    break;
                }
                default: {
                    char lc = Character.toLowerCase(c);
                    if (lc == 'g' && code.regionMatches(true, i, "general", 0, 7)) {
                        i += 6;
                    } else if (lc == 'e' && i + 1 < n && (code.charAt(i + 1) == '+' || code.charAt(i + 1) == '-')) {
                        i++;
                    } else if (lc == 'y' || lc == 'm' || lc == 'd' || lc == 'e' || lc == 'g' || lc == 'h' || lc == 's') {
                        date = true;
                    }
                }
            }
        }
        return date;
    }

    /** {@code [h]}, {@code [hh]}, {@code [m]}, {@code [mm]}, {@code [s]}, {@code [ss]}: elapsed time. */
    private static boolean isElapsed(String code, int from, int to) {
        if (to <= from) {
            return false;
        }
        char first = Character.toLowerCase(code.charAt(from));
        if (first != 'h' && first != 'm' && first != 's') {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (Character.toLowerCase(code.charAt(i)) != first) {
                return false;
            }
        }
        return true;
    }
}

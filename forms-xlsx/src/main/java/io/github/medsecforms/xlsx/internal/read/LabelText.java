package io.github.medsecforms.xlsx.internal.read;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises label and header text so that the reader recognises a label whatever its spelling on the sheet:
 * full-width or half-width characters (NFKC), any white space or line break inside, required marks ({@code (*)},
 * {@code *}, {@code 【必須】}, {@code (必須)}, {@code ※}) and trailing colons, leading question numbers
 * ({@code 2.}, {@code Q2}, {@code 問2}).
 */
final class LabelText {
    /**
     * Required marks and a trailing colon: the specification of {@link #withoutMarks}, which matches it by hand
     * (a matcher per text was 40% of reading; LabelTextTest checks that both agree).
     */
    static final Pattern MARKS = Pattern.compile("\\(\\*\\)|\\*|【必須】|\\(必須\\)|※|[:：]$");
    private static final String DECORATION = "■□●○◆◇◎▼▽▲△★☆◯・-";
    /** A leading question number: the specification of {@link #stripNumber}, which matches it by hand. */
    static final Pattern NUMBERING = Pattern.compile("^(?:q|問|設問)?[0-9]{1,2}[.．、)]?(?=[^0-9])");

    private LabelText() {
    }

    /** The comparison key of a label or a cell's text. */
    static String key(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return keyOfNfkc(nfkc(text));
    }

    /** {@link #key} of a text whose {@link #nfkc} is {@code s}. */
    static String keyOfNfkc(String s) {
        if (s.isEmpty()) {
            return "";
        }
        return withoutMarks(isKeyAlready(s) ? s : compact(s));
    }

    /**
     * {@code Normalizer.normalize(text, NFKC)}, without the normaliser for text made only of U+0000–U+009F (ASCII
     * and C1 controls), which NFKC leaves as it is: no character there has a decomposition or composes with another.
     */
    static String nfkc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0xA0) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    /**
     * {@code MARKS.matcher(s).replaceAll("")}, then trailing colons dropped — by hand, without a matcher: at each
     * position the alternatives of {@link #MARKS} in their order, a colon only where {@code $} matches after it.
     */
    static String withoutMarks(String s) {
        int n = s.length();
        StringBuilder sb = null;
        int from = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int m = switch (c) {
                case '(' -> s.startsWith("(*)", i) ? 3 : s.startsWith("(必須)", i) ? 4 : 0;
                case '*', '※' -> 1;
                case '【' -> s.startsWith("【必須】", i) ? 4 : 0;
                case ':', '：' -> atEnd(s, i + 1) ? 1 : 0;
                default -> 0;
            };
            if (m == 0) {
                i++;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(n);
            }
            sb.append(s, from, i);
            i += m;
            from = i;
        }
        String compact = sb == null ? s : sb.append(s, from, n).toString();
        int end = compact.length();
        while (end > 0 && compact.charAt(end - 1) == ':') {
            end--;
        }
        return end == compact.length() ? compact : compact.substring(0, end);
    }

    /** Whether {@code $} (not multi-line) matches at {@code i}: the end, or before a final line terminator. */
    private static boolean atEnd(String s, int i) {
        int rest = s.length() - i;
        if (rest == 0) {
            return true;
        }
        if (rest == 2) {
            return s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
        }
        if (rest == 1) {
            char c = s.charAt(i);
            return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }
        return false;
    }

    /** Without white space, ASCII letters lower-cased, leading decoration dropped. */
    private static String compact(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        // decorative marks that start titles (■ご客様情報, ●回線) are not part of the label
        int start = 0;
        while (start < sb.length() && DECORATION.indexOf(sb.charAt(start)) >= 0) {
            start++;
        }
        return sb.substring(start);
    }

    /** Whether {@link #compact} would return {@code s} unchanged: most texts, which need no copy. */
    private static boolean isKeyAlready(String s) {
        if (s.isEmpty() || DECORATION.indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code Character.isWhitespace(c) || Character.isSpaceChar(c)}, without the table look-up for ASCII. */
    private static boolean isSpace(char c) {
        return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)
                : Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Like {@link #key} but also drops a leading question number ({@code 2.}, {@code Q2}, {@code 問2}). */
    static String keyWithoutNumber(String text) {
        return stripNumber(key(text));
    }

    /**
     * A {@link #key} without its leading question number: {@code keyWithoutNumber(t) == stripNumber(key(t))}.
     * The regex runs only when the key starts as a number can ({@code 0-9}, {@code q}, {@code 問}, {@code 設}).
     */
    static String stripNumber(String key) {
        int n = key.length();
        if (n == 0) {
            return key;
        }
        char c = key.charAt(0);
        int prefix;
        if (c >= '0' && c <= '9') {
            prefix = 0;
        } else if (c == 'q' || c == '問') {
            prefix = 1;
        } else if (key.startsWith("設問")) {
            prefix = 2;
        } else {
            return key;
        }
        // NUMBERING by hand, backtracking as the regex does: with the prefix, then without; more digits first;
        // the separator taken, then not; a non-digit must follow
        int end = numberEnd(key, prefix);
        if (end < 0 && prefix > 0) {
            end = numberEnd(key, 0);
        }
        return end < 0 ? key : key.substring(end);
    }

    /** Where {@code [0-9]{1,2}[.．、)]?(?=[^0-9])} matching at {@code from} ends, −1 if it does not match. */
    private static int numberEnd(String s, int from) {
        int n = s.length();
        int digits = 0;
        while (digits < 2 && from + digits < n && isDigit(s.charAt(from + digits))) {
            digits++;
        }
        for (int d = digits; d >= 1; d--) {
            int at = from + d;
            if (at < n && isSeparator(s.charAt(at)) && at + 1 < n && !isDigit(s.charAt(at + 1))) {
                return at + 1;
            }
            if (at < n && !isDigit(s.charAt(at))) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '．' || c == '、' || c == ')';
    }

    /** Whether the cell text carries a required mark. */
    static boolean hasRequiredMark(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return s.contains("(*)") || s.contains("*") || s.contains("【必須】") || s.contains("(必須)");
    }
}

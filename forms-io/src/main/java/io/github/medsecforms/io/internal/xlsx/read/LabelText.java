package io.github.medsecforms.io.internal.xlsx.read;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises label and header text so that the reader recognises a label whatever its spelling on the sheet:
 * full-width or half-width characters (NFKC), any white space or line break inside, required marks ({@code (*)},
 * {@code *}, {@code 【必須】}, {@code (必須)}, {@code ※}) and trailing colons, leading question numbers
 * ({@code 2.}, {@code Q2}, {@code 問2}).
 */
final class LabelText {
    private static final Pattern MARKS = Pattern.compile("\\(\\*\\)|\\*|【必須】|\\(必須\\)|※|[:：]$");
    private static final String DECORATION = "■□●○◆◇◎▼▽▲△★☆◯・-";
    private static final Pattern NUMBERING = Pattern.compile("^(?:q|問|設問)?[0-9]{1,2}[.．、)]?(?=[^0-9])");

    private LabelText() {
    }

    /** The comparison key of a label or a cell's text. */
    static String key(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        // decorative marks that start titles (■ご客様情報, ●回線) are not part of the label
        int start = 0;
        while (start < sb.length() && DECORATION.indexOf(sb.charAt(start)) >= 0) {
            start++;
        }
        String rest = sb.substring(start);
        if (!hasMarkCharacter(rest)) {
            return rest; // no alternative of MARKS can match, and there is no colon to strip
        }
        String compact = MARKS.matcher(rest).replaceAll("");
        while (compact.endsWith(":")) {
            compact = compact.substring(0, compact.length() - 1);
        }
        return compact;
    }

    /** Whether {@code s} holds a character every alternative of {@link #MARKS} needs: {@code * ( 【 ※ : ：}. */
    private static boolean hasMarkCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '*', '(', '【', '※', ':', '：':
                    return true;
                default:
                    break;
            }
        }
        return false;
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
        if (key.isEmpty()) {
            return key;
        }
        char c = key.charAt(0);
        if ((c < '0' || c > '9') && c != 'q' && c != '問' && c != '設') {
            return key;
        }
        return NUMBERING.matcher(key).replaceFirst("");
    }

    /** Whether the cell text carries a required mark. */
    static boolean hasRequiredMark(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return s.contains("(*)") || s.contains("*") || s.contains("【必須】") || s.contains("(必須)");
    }
}

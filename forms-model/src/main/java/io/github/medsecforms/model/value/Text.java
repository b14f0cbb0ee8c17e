package io.github.medsecforms.model.value;

import java.text.Normalizer;

/** Text normalisation shared by the value types (package-private). */
final class Text {
    private Text() {
    }

    /**
     * NFKC, then every kind of white space and invisible format character (zero-width space, BOM, …) removed, and
     * hyphen-like characters mapped to ASCII '-'. For codes, numbers and addresses only, never for names.
     */
    static String compact(CharSequence input) {
        if (isVisibleAscii(input)) {
            return input.toString(); // NFKC keeps visible ASCII as it is, and it holds no space or format character
        }
        String s = Normalizer.normalize(input, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
                continue;
            }
            sb.append(isHyphen(c) ? '-' : c);
        }
        return sb.toString();
    }

    /** Whether every character of {@code s} is visible ASCII ({@code !} to {@code ~}). */
    static boolean isVisibleAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '!' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /** NFKC and trimmed (inner spaces kept). */
    static String nfkcTrim(CharSequence input) {
        return Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                || c == '\u2015' || c == '\u2212' || c == '\u30FC' || c == '\uFF0D' || c == '\uFF70' || c == '\u2043';
    }

    static boolean isAsciiDigits(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}

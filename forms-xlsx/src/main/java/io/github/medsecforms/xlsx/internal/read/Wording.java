package io.github.medsecforms.xlsx.internal.read;

/**
 * What a label says, whatever way it is written: the reader compares labels by their {@link LabelText#key key}
 * (NFKC, no white space, no required marks), then by their <em>core</em> — the key without a question or item
 * number in front ({@code Q3}, {@code 問3}, {@code (3)}, {@code ３．}, {@code No.3}, {@code 1-(1)}), without notes in
 * brackets ({@code 病院名（正式名称）}, {@code 医療機関コード（10桁）}), without a closing question particle or mark
 * ({@code …しているか}, {@code …？}) and without the decoration that starts a heading ({@code ■}, {@code 【サーバ】}).
 * A label written with its value in one cell ({@code 医療機関名：…}) is split at its colon. Long labels (questions,
 * checklist items) also match by similarity ({@link #dice}).
 */
final class Wording {
    private static final String DECORATION = "■□●○◆◇◎▼▽▲△★☆◯・-〇※〃→⇒>";
    private static final String KANA_WORDS_SPEC = "かな カナ ふりがな フリガナ よみがな ヨミガナ ふりかな フリカナ よみ ヨミ 読み";
    private static final java.util.Set<String> KANA_WORDS = java.util.Set.of(KANA_WORDS_SPEC.split(" "));
    private static final java.util.Map<String, String> KANA_BRACKETED = KANA_WORDS.stream()
            .collect(java.util.stream.Collectors.toMap(w -> w, w -> "(" + w + ")"));

    private Wording() {
    }

    /**
     * The core of a key: {@link LabelText#key} without a leading number, bracketed notes, heading decoration and a
     * closing question particle. Empty when nothing is left (a number alone, a note alone).
     */
    static String core(String key) {
        if (key.isEmpty()) {
            return key;
        }
        String s = stripDecoration(key);
        String unbracketed = stripBrackets(s);
        if (unbracketed.isEmpty() && s.length() > 2) {
            s = s.substring(1, s.length() - 1); // a label wholly in brackets: 【担当者①】
        } else {
            s = unbracketed;
        }
        s = stripDecoration(stripLeadingNumber(s));
        String again = stripBrackets(s);
        s = again.isEmpty() ? s : again;
        // closing particles and marks of a question or a sentence
        while (!s.isEmpty()) {
            char last = s.charAt(s.length() - 1);
            if (last == '?' || last == '。' || last == '.' || last == ':' || last == '、' || last == ',') {
                s = s.substring(0, s.length() - 1);
            } else {
                break;
            }
        }
        if (s.length() > 3 && s.endsWith("か") && !s.endsWith("ほか")) {
            s = s.substring(0, s.length() - 1);
        }
        // ウイルス対策等, セキュリティ製品など: a header widened by "and the like" names the same column (D-96)
        if (s.length() > 3 && s.endsWith("等")) {
            s = s.substring(0, s.length() - 1);
        } else if (s.length() > 4 && s.endsWith("など")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }

    /** Removes every bracketed note: {@code (…)}, {@code 【…】}, {@code [...]}, {@code 〔…〕}, {@code 《…》}. */
    static String stripBrackets(String s) {
        int first = 0;
        while (first < s.length() && !isOpening(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s; // no bracket: most keys, found in one pass over the key rather than one per kind of bracket
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, first);
        int depth = 0;
        char open = 0;
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (depth == 0 && isOpening(c)) {
                int close = s.indexOf(closing(c), i + 1);
                if (close < 0) {
                    sb.append(c);
                    continue;
                }
                open = c;
                depth = 1;
                continue;
            }
            if (depth > 0) {
                if (c == closing(open)) {
                    depth = 0;
                }
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Whether {@code c} opens a bracketed note: {@code (}, {@code 【}, {@code [}, {@code 〔} or {@code 《}. */
    private static boolean isOpening(char c) {
        return c == '(' || c == '[' || c == '【' || c == '〔' || c == '《';
    }

    private static char closing(char open) {
        return switch (open) {
            case '(' -> ')';
            case '【' -> '】';
            case '[' -> ']';
            case '〔' -> '〕';
            default -> '》';
        };
    }

    static String stripDecoration(String s) {
        int start = 0;
        while (start < s.length() && DECORATION.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        return start == 0 ? s : s.substring(start);
    }

    /**
     * The number a label starts with, normalised ({@code Q14-2}, {@code 14.(2)}, {@code 問14②} → {@code 14-2};
     * {@code ３．} → {@code 3}; {@code 1-(1)} → {@code 1-1}), or empty.
     */
    static String leadingNumber(String key) {
        String s = stripDecoration(key);
        int i = 0;
        if (s.startsWith("設問")) {
            i = 2;
        } else if (s.startsWith("問") || s.startsWith("q")) {
            i = 1;
        } else if (s.startsWith("no.") || s.startsWith("no")) {
            i = s.startsWith("no.") ? 3 : 2;
            if (i >= s.length() || !isDigit(s.charAt(i))) {
                return "";
            }
        }
        boolean paren = i < s.length() && s.charAt(i) == '(';
        if (paren) {
            i++;
        }
        int d = i;
        while (d < s.length() && isDigit(s.charAt(d)) && d - i < 3) {
            d++;
        }
        if (d == i) {
            return "";
        }
        String main = s.substring(i, d);
        int j = d;
        if (paren) {
            if (j < s.length() && s.charAt(j) == ')') {
                j++;
            } else {
                return "";
            }
        }
        // a sub-number: 14-2, 14.(2), 14(2), 1-(1), 14-②
        int k = j;
        if (k < s.length() && (s.charAt(k) == '-' || s.charAt(k) == '.' || s.charAt(k) == '‐' || s.charAt(k) == '－')) {
            k++;
        }
        boolean subParen = k < s.length() && s.charAt(k) == '(';
        if (subParen) {
            k++;
        }
        int e = k;
        while (e < s.length() && isDigit(s.charAt(e)) && e - k < 2) {
            e++;
        }
        if (e > k && (!subParen || (e < s.length() && s.charAt(e) == ')')) && (k > j || subParen)) {
            return main + "-" + s.substring(k, e);
        }
        if (j < s.length() && isDigit(s.charAt(j))) {
            return "";
        }
        return main;
    }

    /**
     * The key without its leading number and the separator after it: {@code q3}, {@code 問3}, {@code no.3},
     * {@code (3)}, {@code 3.}, {@code 3、}, {@code 1-(1)}, {@code 14.(2)}, {@code q14-2}. Digits followed straight by a
     * word ({@code 2回目}, {@code 10台}) are no number; a number alone is a value and is kept.
     */
    static String stripLeadingNumber(String key) {
        String s = key;
        int i = 0;
        if (s.startsWith("設問")) {
            i = 2;
        } else if (s.startsWith("問") || s.startsWith("q")) {
            i = 1;
        } else if (s.startsWith("no.")) {
            i = 3;
        } else if (s.startsWith("no") && s.length() > 2 && isDigit(s.charAt(2))) {
            i = 2;
        }
        boolean prefixed = i > 0;
        boolean paren = i < s.length() && s.charAt(i) == '(';
        int d = paren ? i + 1 : i;
        int digitsFrom = d;
        while (d < s.length() && isDigit(s.charAt(d)) && d - digitsFrom < 3) {
            d++;
        }
        if (d == digitsFrom) {
            return key;
        }
        int j = d;
        if (paren) {
            if (j < s.length() && s.charAt(j) == ')') {
                j++;
            } else {
                return key;
            }
        }
        boolean marked = prefixed || paren;
        // a sub-number: -2, .(2), -(1), (2)
        int k = j;
        if (k < s.length() && "-.‐－".indexOf(s.charAt(k)) >= 0) {
            k++;
        }
        boolean subParen = k < s.length() && s.charAt(k) == '(';
        int e = subParen ? k + 1 : k;
        int subFrom = e;
        while (e < s.length() && isDigit(s.charAt(e)) && e - subFrom < 2) {
            e++;
        }
        if (e > subFrom && (!subParen || (e < s.length() && s.charAt(e) == ')')) && (k > j || subParen)) {
            j = subParen ? e + 1 : e;
            marked = true;
        }
        if (j < s.length() && ".．、,:)".indexOf(s.charAt(j)) >= 0) {
            j++;
            marked = true;
        }
        if (!marked || j >= s.length()) {
            return key;
        }
        return s.substring(j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A label written with its value in one cell, {@code 医療機関名：サンプル病院} (any colon, NFKC): the label's key
     * and the value as written; {@code null} when the text is no such pair (no colon, a time such as {@code 12:00},
     * or nothing on either side).
     */
    static String[] labelAndValue(String text) {
        return labelAndValue(text, LabelText.nfkc(text));
    }

    /** {@link #labelAndValue(String)} of a text whose {@link LabelText#nfkc} is {@code nfkc}. */
    static String[] labelAndValue(String text, String nfkc) {
        int colon = nfkc.indexOf(':');
        if (colon <= 0 || colon >= nfkc.length() - 1) {
            return null;
        }
        String label = nfkc.substring(0, colon).strip();
        String value = nfkc.substring(colon + 1).strip();
        if (label.isEmpty() || value.isEmpty() || label.length() > 40) {
            return null;
        }
        boolean letter = false;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!isDigit(c) && !Character.isWhitespace(c)) {
                letter = true;
                break;
            }
        }
        if (!letter || (isDigit(value.charAt(0)) && isDigit(label.charAt(label.length() - 1)))) {
            return null;
        }
        // the value as it stands in the original text (full-width kept)
        int original = text.indexOf(':');
        if (original < 0) {
            original = text.indexOf('：');
        }
        String raw = original >= 0 ? text.substring(original + 1).strip() : value;
        return new String[] {LabelText.key(label), raw};
    }

    /**
     * Whether a key names a kana reading ({@code (かな)}, {@code フリガナ}, {@code 医療機関名(かな)}); returns the label
     * it reads (empty for a bare kana label), or {@code null} when it is no kana label.
     */
    static String kanaBase(String key) {
        if (key.isEmpty()) {
            return null;
        }
        String s = stripDecoration(key);
        if (s.indexOf('な') < 0 && s.indexOf('ナ') < 0 && s.indexOf('み') < 0 && s.indexOf('ミ') < 0) {
            return null; // every kana word ends in な/ナ or holds み/ミ: most texts stop here
        }
        for (String w : KANA_WORDS) {
            String bracketed = KANA_BRACKETED.get(w);
            if (s.equals(w) || s.equals(bracketed)) {
                return "";
            }
            if (s.endsWith(bracketed)) {
                return core(s.substring(0, s.length() - w.length() - 2));
            }
            if (s.startsWith(bracketed)) {
                return null;
            }
        }
        return null;
    }

    /**
     * The share of {@code part}'s bigrams found in {@code whole}: how much of an abbreviation ({@code 安全管理責任者の設置})
     * a full wording holds ({@code 医療情報システム安全管理責任者を設置している}); 0–1.
     */
    static double containment(String part, String whole) {
        if (part.length() < 2 || whole.length() < 2) {
            return part.equals(whole) ? 1 : 0;
        }
        return (double) Bigrams.common(Bigrams.of(part), Bigrams.of(whole)) / (part.length() - 1);
    }

    /** Bigram Dice similarity of two strings, 0–1 (1 when equal). */
    static double dice(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        return 2.0 * Bigrams.common(Bigrams.of(a), Bigrams.of(b)) / (a.length() - 1 + b.length() - 1);
    }
}

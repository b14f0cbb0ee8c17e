package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a choice as people mark it: the option's wording or a synonym ({@code 有}, {@code ○}, {@code Yes});
 * {@code はい・いいえ} with the wrong option deleted; a mark in front of or after the chosen option in one cell
 * ({@code ☑ 同意する □ 同意しない}, {@code ■院内の物理媒体 □外部クラウド}); an answer followed by something else
 * ({@code はい (10/1)}); a longer answer that names exactly one option ({@code （3）オフラインバックアップは実施していない}).
 * A cell that names every option untouched ({@code はい・いいえ}) is no answer. Marks in separate cells are the
 * locator's business ({@link #isMark}).
 */
final class ChoiceText {
    /** Marks that choose: filled, ticked, circled. */
    static final String CHOSEN = "○〇◯●◉◎✓✔☑☒■レ✅⭕";
    /** Marks that do not choose: empty boxes. */
    static final String NOT_CHOSEN = "□☐◇";
    private static final String SEPARATORS = "・/／,、 　|｜";

    /** The outcome of reading one text. */
    record Read(Choice value, String rest, boolean untouched, boolean several) {
        static final Read NONE = new Read(null, "", false, false);
        static final Read UNTOUCHED = new Read(null, "", true, false);
        static final Read SEVERAL = new Read(null, "", false, true);

        boolean found() {
            return value != null;
        }
    }

    private record Option(Choice choice, String key, boolean official) {
    }

    private static final Map<Class<?>, List<Option>> OPTIONS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, List<Option>> LONGEST_FIRST = new ConcurrentHashMap<>();
    /** {@link #byKey}, by choice type. */
    private static final Map<Class<?>, Map<String, Choice>> BY_KEY = new ConcurrentHashMap<>();

    private ChoiceText() {
    }

    /** The wordings of every option of a choice type, official ones first, longer ones first within each. */
    private static List<Option> options(Class<?> type) {
        return OPTIONS.computeIfAbsent(type, t -> {
            List<Option> out = new ArrayList<>();
            for (Object c : t.getEnumConstants()) {
                Choice choice = (Choice) c;
                out.add(new Option(choice, norm(choice.label()), true));
            }
            for (Object c : t.getEnumConstants()) {
                Choice choice = (Choice) c;
                for (String s : Vocabulary.choiceSynonyms(choice)) {
                    String k = norm(s);
                    if (!k.isEmpty()) {
                        out.add(new Option(choice, k, false));
                    }
                }
            }
            out.sort((a, b) -> a.official != b.official ? (a.official ? -1 : 1) : b.key.length() - a.key.length());
            return List.copyOf(out);
        });
    }

    /**
     * The same wordings, longer ones first whatever their kind: inside a text, the longest wording names what was
     * written ({@code 提出しない（院内資料）} is 提出しない, not the official 提出 inside it; ins-w18-b's
     * {@code 作成済（今回提出せず）}).
     */
    private static List<Option> longestFirst(Class<?> type) {
        return LONGEST_FIRST.computeIfAbsent(type, t -> {
            List<Option> out = new ArrayList<>(options(t));
            out.sort((a, b) -> b.key.length() != a.key.length() ? b.key.length() - a.key.length()
                    : a.official != b.official ? (a.official ? -1 : 1) : 0);
            return List.copyOf(out);
        });
    }

    /** Filled marks, against hollow ones, where a cell draws a radio button in text (●はい ○いいえ). */
    private static final String FILLED = "●◉■☑✓✔";
    private static final String HOLLOW = "○◯〇□☐";

    /** Whether a text is only marks (and white space): a mark cell beside an option. */
    static boolean isMark(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (CHOSEN.indexOf(c) < 0 && NOT_CHOSEN.indexOf(c) < 0 && c != 'v' && c != 'V' && c != 'x' && c != '×'
                    && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The option printed after an empty box ({@code □ 院内の物理媒体}), the box left empty because the mark is put in a
     * cell of its own beside it (obi-w43-b); null when the text does not start with an empty box or the rest names no
     * single option.
     */
    static Choice printedOption(Class<?> type, String text) {
        String s = text.strip();
        int i = 0;
        while (i < s.length() && (NOT_CHOSEN.indexOf(s.charAt(i)) >= 0 || Character.isWhitespace(s.charAt(i)))) {
            i++;
        }
        if (i == 0 || i == s.length()) {
            return null;
        }
        String rest = s.substring(i);
        for (int k = 0; k < rest.length(); k++) {
            if (CHOSEN.indexOf(rest.charAt(k)) >= 0 || NOT_CHOSEN.indexOf(rest.charAt(k)) >= 0) {
                return null; // □院内 □クラウド: several boxes in one cell are that cell's own marks
            }
        }
        return read(type, rest).value();
    }

    /**
     * The option written after one chosen mark in the same cell, the other options printed bare in cells beside it
     * ({@code 可 | ○　不可}, sr-w45-b); null when the text does not start with a chosen mark or the rest holds another
     * mark or names no single option exactly.
     */
    static Choice markedInFront(Class<?> type, String text) {
        String s = text.strip();
        if (s.isEmpty() || CHOSEN.indexOf(s.charAt(0)) < 0) {
            return null;
        }
        String rest = s.substring(1).strip();
        for (int k = 0; k < rest.length(); k++) {
            if (CHOSEN.indexOf(rest.charAt(k)) >= 0 || NOT_CHOSEN.indexOf(rest.charAt(k)) >= 0) {
                return null;
            }
        }
        return rest.isEmpty() ? null : exact(type, rest);
    }

    /** Whether a mark text chooses (a filled or ticked mark, not an empty box or a cross). */
    static boolean isChosenMark(String text) {
        String s = text.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (CHOSEN.indexOf(c) >= 0 || c == 'v' || c == 'V') {
                return true;
            }
        }
        return false;
    }

    /**
     * A choice text compared: NFKC, without white space and required marks, ASCII lower case — marks (○ ■ □) kept,
     * unlike a label's key, for here they say what was chosen.
     */
    static String norm(String text) {
        return normOfNfkc(LabelText.nfkc(text));
    }

    /** {@link #norm} of a text whose {@link LabelText#nfkc} is {@code n}. */
    static String normOfNfkc(String n) {
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return LabelText.withoutMarks(sb.toString());
    }

    /** The option a whole text names exactly (its wording or a synonym, by key or by core), or null. */
    static Choice exact(Class<?> type, String text) {
        return exactOfKey(type, norm(text), null);
    }

    /**
     * {@link #exact} of a text whose {@link #norm} is {@code key}; the key's {@link Wording#core} memoised by
     * {@code keys} when given (a reader asks for the same header texts with many choice columns).
     */
    static Choice exactOfKey(Class<?> type, String key, SheetView.Keys keys) {
        if (key.isEmpty()) {
            return null;
        }
        if (NOT_CHOSEN.indexOf(key.charAt(0)) >= 0) {
            return null; // □可: an option printed with an empty box
        }
        String core = keys == null ? Wording.core(key) : keys.core(key);
        Map<String, Choice> byKey = byKey(type);
        Choice exact = byKey.get(key);
        if (exact != null) {
            return exact;
        }
        return core.isEmpty() ? null : byKey.get(core);
    }

    /**
     * Each wording of a choice type's options ({@link #options}) → the option of the first {@link Option} with that
     * wording: what a search of the options in order finds, in one look-up.
     */
    private static Map<String, Choice> byKey(Class<?> type) {
        return BY_KEY.computeIfAbsent(type, t -> {
            Map<String, Choice> out = new java.util.HashMap<>();
            for (Option o : options(t)) {
                out.putIfAbsent(o.key, o.choice);
            }
            return Map.copyOf(out);
        });
    }

    /** The alternatives of a column header written as two answers in one (はい／可, いいえ／不可). */
    private static final java.util.regex.Pattern HEADER_ALTERNATIVES = java.util.regex.Pattern.compile("\\s*[／/]\\s*");

    /**
     * The option a column header names: the option itself ({@link #exact}), or the one option among the alternatives of
     * a header shared by several questions ({@code はい／可} over rows answered はい and a row answered 可, sr-w25-b); null
     * when the header names none or more than one.
     */
    static Choice header(Class<?> type, String text) {
        Choice c = exact(type, text);
        if (c != null) {
            return c;
        }
        String[] parts = HEADER_ALTERNATIVES.split(LabelText.nfkc(text).strip());
        if (parts.length < 2 || parts.length > 3) {
            return null;
        }
        Choice found = null;
        for (String part : parts) {
            Choice o = exact(type, part);
            if (o != null) {
                if (found != null && !found.equals(o)) {
                    return null;
                }
                found = o;
            }
        }
        return found;
    }

    /** Reads a choice from one cell's text. */
    static Read read(Class<?> type, String text) {
        String key = norm(text);
        if (key.isEmpty()) {
            return Read.NONE;
        }
        Choice exact = exact(type, text);
        if (exact != null) {
            return new Read(exact, "", false, false);
        }
        Read listed = checkboxLines(type, text);
        if (listed != null) {
            return listed;
        }
        List<Option> options = longestFirst(type);
        // where each official option (or its synonym) stands in the text, the longest wordings placed first
        List<int[]> found = new ArrayList<>(); // {option index, start, end}
        boolean[] covered = new boolean[key.length()];
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            if (!o.official && o.key.length() < 2 && !isMarkOnly(o.key)) {
                continue;
            }
            if (isMarkOnly(o.key)) {
                continue; // a mark as an answer is handled by exact(); inside text it marks, it does not name
            }
            int from = 0;
            while (true) {
                int at = key.indexOf(o.key, from);
                if (at < 0) {
                    break;
                }
                boolean free = true;
                for (int k = at; k < at + o.key.length(); k++) {
                    if (covered[k]) {
                        free = false;
                        break;
                    }
                }
                if (free && (o.key.length() >= 2 || isolated(key, at, o.key.length()))) {
                    for (int k = at; k < at + o.key.length(); k++) {
                        covered[k] = true;
                    }
                    found.add(new int[] {i, at, at + o.key.length()});
                }
                from = at + 1;
            }
        }
        if (found.isEmpty()) {
            return markAndDate(type, text);
        }
        found.sort((a, b) -> Integer.compare(a[1], b[1]));
        List<Choice> distinct = new ArrayList<>();
        for (int[] f : found) {
            Choice c = options.get(f[0]).choice;
            if (!distinct.contains(c)) {
                distinct.add(c);
            }
        }
        if (distinct.size() == 1) {
            int[] f = found.get(0);
            String rest = key.substring(0, f[1]) + key.substring(found.get(found.size() - 1)[2]);
            if (isMarkOnly(rest) && !isChosenMark(rest)) {
                return Read.NONE; // □はい: an unmarked option alone
            }
            return new Read(distinct.get(0), afterFirst(text, options.get(f[0]).key), false, false);
        }
        // several options named: a mark before (or after) one of them chooses it; none marked is untouched
        List<Choice> marked = new ArrayList<>();
        List<Choice> filled = new ArrayList<>();
        boolean hollow = false;
        boolean anyMark = false;
        for (int[] f : found) {
            char before = f[1] > 0 ? key.charAt(f[1] - 1) : 0;
            char after = f[2] < key.length() ? key.charAt(f[2]) : 0;
            boolean chosen = CHOSEN.indexOf(before) >= 0 && before != 0
                    || (after != 0 && CHOSEN.indexOf(after) >= 0 && !(f[2] + 1 < key.length() && nextIsOption(found, f[2] + 1)));
            anyMark |= before != 0 && (CHOSEN.indexOf(before) >= 0 || NOT_CHOSEN.indexOf(before) >= 0);
            Choice c = options.get(f[0]).choice;
            if (chosen && !marked.contains(c)) {
                marked.add(c);
            }
            if (FILLED.indexOf(before) >= 0 && before != 0 && !filled.contains(c)) {
                filled.add(c);
            } else if (HOLLOW.indexOf(before) >= 0 && before != 0) {
                hollow = true;
            }
        }
        if (marked.size() == 1) {
            return new Read(marked.get(0), "", false, false);
        }
        if (filled.size() == 1 && hollow) { // a radio drawn in text (●はい　○いいえ): the filled one is chosen
            return new Read(filled.get(0), "", false, false);
        }
        if (marked.size() > 1) {
            return Read.SEVERAL;
        }
        if (!anyMark) {
            // one option named outside brackets, the others only inside them: the brackets are a note on it
            // (外部クラウド環境に保存（クラウド接続装置を院内に新設…）, obi-w20-a)
            Choice outside = null;
            boolean inside = false;
            for (int[] f : found) {
                Choice c = options.get(f[0]).choice;
                if (bracketDepth(key, f[1]) > 0) {
                    inside = true;
                } else if (outside == null || outside == c) {
                    outside = c;
                } else {
                    outside = null;
                    inside = false;
                    break;
                }
            }
            if (outside != null && inside) {
                return new Read(outside, "", false, false);
            }
        }
        return anyMark || onlySeparatorsBetween(key, found) ? Read.UNTOUCHED : Read.NONE;
    }

    /** How many brackets are open before {@code at} in a normalised text (NFKC: （） read as ()). */
    private static int bracketDepth(String key, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = key.charAt(i);
            if (c == '(' || c == '【' || c == '[' || c == '〔') {
                depth++;
            } else if ((c == ')' || c == '】' || c == ']' || c == '〕') && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    /** Any line break ({@code \R}), compiled once ({@code String.split} would compile it per call). */
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\R");

    /**
     * The options listed one per line, each after a box or mark ({@code □ 既に…運用している ↵ ■ 実施していない}): the
     * lines with a filled mark (or, where no mark is hollow, a chosen mark) are chosen. Null when the text is not
     * such a list (fewer than two lines, or a line without a leading mark).
     */
    private static Read checkboxLines(Class<?> type, String text) {
        String[] lines = LINE_BREAK.split(text.strip());
        if (lines.length < 2) {
            return null;
        }
        List<String> marks = new ArrayList<>();
        List<String> rests = new ArrayList<>();
        for (String line : lines) {
            String l = LabelText.nfkc(line).strip();
            if (l.isEmpty()) {
                continue;
            }
            char c = l.charAt(0);
            if (CHOSEN.indexOf(c) < 0 && NOT_CHOSEN.indexOf(c) < 0 && HOLLOW.indexOf(c) < 0) {
                return null;
            }
            marks.add(String.valueOf(c));
            rests.add(l.substring(1).strip());
        }
        boolean anyFilled = marks.stream().anyMatch(m -> FILLED.contains(m));
        boolean anyHollow = marks.stream().anyMatch(m -> HOLLOW.contains(m));
        List<Choice> chosen = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            boolean on = anyFilled && anyHollow ? FILLED.contains(marks.get(i)) : isChosenMark(marks.get(i));
            if (!on) {
                continue;
            }
            Read r = read(type, rests.get(i));
            if (r.value() == null) {
                return null; // a line that names no option: not a list of this question's options
            }
            if (!chosen.contains(r.value())) {
                chosen.add(r.value());
            }
        }
        if (chosen.size() == 1) {
            return new Read(chosen.get(0), "", false, false);
        }
        return chosen.isEmpty() ? Read.UNTOUCHED : Read.SEVERAL;
    }

    private static boolean nextIsOption(List<int[]> found, int at) {
        for (int[] f : found) {
            if (f[1] == at) {
                return true;
            }
        }
        return false;
    }

    /** Whether a short (one-character) wording stands alone: not part of a longer word. */
    private static boolean isolated(String key, int at, int length) {
        boolean left = at == 0 || SEPARATORS.indexOf(key.charAt(at - 1)) >= 0 || isMarkOnly(String.valueOf(key.charAt(at - 1)))
                || key.charAt(at - 1) == '(';
        int end = at + length;
        boolean right = end == key.length() || SEPARATORS.indexOf(key.charAt(end)) >= 0 || key.charAt(end) == '('
                || key.charAt(end) == ')'
                || isMarkOnly(String.valueOf(key.charAt(end))); // ■可□不可: the next option's box (sr-w14-a)
        return left && right;
    }

    /** Whether only punctuation (and empty boxes) stands between and around the options named: an untouched list. */
    private static boolean onlySeparatorsBetween(String key, List<int[]> found) {
        int pos = 0;
        for (int[] f : found) {
            for (int k = pos; k < f[1]; k++) {
                if (!isPunctuation(key.charAt(k))) {
                    return false;
                }
            }
            pos = f[2];
        }
        for (int k = pos; k < key.length(); k++) {
            if (!isPunctuation(key.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPunctuation(char c) {
        return SEPARATORS.indexOf(c) >= 0 || NOT_CHOSEN.indexOf(c) >= 0 || "()（）[]【】/／.-~～:".indexOf(c) >= 0;
    }

    private static boolean isMarkOnly(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (CHOSEN.indexOf(c) < 0 && NOT_CHOSEN.indexOf(c) < 0 && c != '×' && c != '✕' && c != '✖') {
                return false;
            }
        }
        return true;
    }

    /** A date in brackets after an answer: (R6.10.8), （10/8）. */
    private static final java.util.regex.Pattern BRACKETED_DATE = java.util.regex.Pattern.compile(
            "[(（][^()（）]*[0-9][^()（）]*[)）]");

    /**
     * A mark that is itself an answer followed by its date in brackets, {@code ○ (R6.10.8)} under 2回目（結果・確認日）
     * (clh-w17-b), as {@code はい (10/1)} is: the mark's choice, the date as the rest; {@link Read#NONE} otherwise.
     */
    private static Read markAndDate(Class<?> type, String text) {
        String s = LabelText.nfkc(text).strip();
        if (s.length() < 4 || !isMarkOnly(s.substring(0, 1))) {
            return Read.NONE;
        }
        Choice mark = exact(type, s.substring(0, 1));
        String rest = s.substring(1).strip();
        return mark != null && BRACKETED_DATE.matcher(rest).matches() ? new Read(mark, rest, false, false) : Read.NONE;
    }

    /** The original text after the first occurrence of an option's wording (for {@code はい (10/1)}). */
    private static String afterFirst(String text, String optionKey) {
        String nfkc = LabelText.nfkc(text);
        String compact = norm(text);
        int at = compact.indexOf(optionKey);
        if (at < 0) {
            return "";
        }
        // walk the original text, counting non-space characters, to the end of the option
        int seen = 0;
        int end = at + optionKey.length();
        for (int i = 0; i < nfkc.length(); i++) {
            if (!Character.isWhitespace(nfkc.charAt(i))) {
                seen++;
                if (seen == end) {
                    return nfkc.substring(i + 1).strip();
                }
            }
        }
        return "";
    }
}

package io.github.medsecforms.xlsx.internal.credentials;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a sheet that holds logins and passwords from any other sheet, by its name or by its content:
 * <ul>
 *   <li>its (NFKC) name contains {@code パスワード} (the official アカウント(ログインID)・パスワードリスト), or</li>
 *   <li>a short header cell names a password ({@code パスワード}, {@code Password}, {@code PW}, {@code パスワード（初期）},
 *       {@code 暗証番号}, …), a header in the same or the neighbouring row names an account or a device
 *       ({@code ログインID}, {@code ユーザー名}, {@code 機器名}, {@code ホスト名}, …), and at least one cell below the
 *       password header is filled.</li>
 * </ul>
 * An ID column alone is never enough (the line sheet has 回線ID and 機器名 and no password header), nor is a
 * sentence that mentions passwords (a checklist item): headers are short.
 */
public final class CredentialSheets {
    /** The key of the official sheet's name. */
    public static final String NAME_KEY = "パスワード";
    /** Rows and columns looked at: a password list is a small table near the top-left. */
    public static final int MAX_ROWS = 400;
    public static final int MAX_COLUMNS = 64;
    private static final int MAX_HEADER_LENGTH = 24;
    private static final int MAX_VALUE_LENGTH = 256;
    private static final int ROWS_BELOW = 200;

    static final Pattern PASSWORD = Pattern.compile(
            "パスワード|ぱすわーど|password|passwd|passcode|passphrase|暗証番号|パスコード|(^|[^a-z])(pw|pwd|pass)([^a-z]|$)");
    static final Pattern ACCOUNT_OR_DEVICE = Pattern.compile(
            "(^|[^a-z])id([^a-z]|$)|ユーザ|user|アカウント|account|login|ログイン|機器|機種|装置|device|host|ホスト|端末"
                    + "|メーカ|maker|vendor|model|システム|system|サーバ|server|ルータ|router|サービス|service|url|接続先");

    /** The words of {@link #PASSWORD} found anywhere, and those found only apart from other letters (pw, pwd, pass). */
    private static final String[] PASSWORD_WORDS = {"パスワード", "ぱすわーど", "password", "passwd", "passcode", "passphrase",
        "暗証番号", "パスコード"};
    private static final String[] PASSWORD_ABBREVIATIONS = {"pw", "pwd", "pass"};

    /** What a header never holds but a password often does: symbols, a digit inside letters ({@code Qv7#…-PASS}). */
    private static final Pattern VALUE_LIKE = Pattern.compile("[#$!%&*@^~?=+;|\\\\]|[0-9][^0-9)）]");

    /**
     * The characters each pattern's words start with: a text holding none of them cannot match, and most cells (IP
     * addresses, numbers, names) are passed over without running the patterns. Keep in step with the patterns.
     */
    static final String PASSWORD_FIRST = "パぱp暗";
    /** {@link #PASSWORD_FIRST} as a cell may write it before NFKC and lower case (ＰＷ, PW, ﾊﾟｽﾜｰﾄﾞ, Ⓟ). */
    static final String PASSWORD_RAW_FIRST = "パぱpPｐＰ暗ﾊⓅⓟ";
    static final String ACCOUNT_FIRST = "iユuアalロ機装dhホ端メmvシsサルr接";
    /** What {@link #headerText} drops: the specification of {@link #withoutSpaces}, which matches it by hand. */
    static final Pattern SPACES = Pattern.compile("\\s+");
    /** {@link #PASSWORD_FIRST}, {@link #PASSWORD_RAW_FIRST} and {@link #ACCOUNT_FIRST} as {@link #characters}. */
    private static final long[] PASSWORD_FIRST_SET = characters(PASSWORD_FIRST);
    private static final long[] PASSWORD_RAW_FIRST_SET = characters(PASSWORD_RAW_FIRST);
    private static final long[] ACCOUNT_FIRST_SET = characters(ACCOUNT_FIRST);

    /** A set of characters as one bit per UTF-16 code unit, so that testing a text's characters is one look-up each. */
    private static long[] characters(String characters) {
        long[] bits = new long[1 << 10];
        for (int i = 0; i < characters.length(); i++) {
            char c = characters.charAt(i);
            bits[c >>> 6] |= 1L << c;
        }
        return bits;
    }

    /** Whether {@code text} holds any of the characters of {@code firstCharacters} ({@link #characters}). */
    private static boolean mayName(String text, long[] firstCharacters) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((firstCharacters[c >>> 6] & (1L << c)) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code PASSWORD.matcher(t).find()}, by hand (a matcher per header-like cell was most of the credentials
     * pre-scan; CredentialSheetsPrefilterTest checks that both agree): a password word anywhere, or an abbreviation
     * with no letter a–z right before or after it.
     */
    static boolean namesPassword(String t) {
        for (String w : PASSWORD_WORDS) {
            if (t.contains(w)) {
                return true;
            }
        }
        for (int i = t.indexOf('p'); i >= 0; i = t.indexOf('p', i + 1)) {
            if (i > 0 && isLowerLetter(t.charAt(i - 1))) {
                continue;
            }
            for (String a : PASSWORD_ABBREVIATIONS) {
                int end = i + a.length();
                if (t.startsWith(a, i) && (end == t.length() || !isLowerLetter(t.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** One non-blank cell: 0-based row and column, its text. */
    public record Entry(int row, int col, String text) {
    }

    private CredentialSheets() {
    }

    /** Whether a sheet's name is that of the official password list. */
    public static boolean isNamedForPasswords(String sheetName) {
        return normalise(sheetName).contains(NAME_KEY);
    }

    /**
     * Whether a cell's text may be a password header: false only when {@link #passwordCells} would pass it over (it
     * holds no character a password word can start with, before or after normalising), so that a sheet none of whose
     * cells may is known to hold no password list without collecting its cells.
     */
    public static boolean mayNamePassword(String text) {
        return mayName(text, PASSWORD_RAW_FIRST_SET);
    }

    /**
     * The filled cells under password headers of a sheet, if its content is a password list; empty otherwise.
     *
     * @param cells the sheet's non-blank cells within {@link #MAX_ROWS} rows and {@link #MAX_COLUMNS} columns, any order
     */
    public static List<Entry> passwordCells(List<Entry> cells) {
        List<Entry> passwordHeaders = new ArrayList<>();
        for (Entry e : cells) {
            if (!mayNamePassword(e.text())) {
                continue; // no character a password word can start with, before or after normalising
            }
            String t = headerText(e.text());
            if (!t.isEmpty() && t.length() <= MAX_HEADER_LENGTH && mayName(t, PASSWORD_FIRST_SET)
                    && namesPassword(t) && !VALUE_LIKE.matcher(t).find()) {
                passwordHeaders.add(e);
            }
        }
        if (passwordHeaders.isEmpty()) {
            return List.of(); // account and device headers matter only beside a password header
        }
        List<Entry> accountHeaders = new ArrayList<>();
        for (Entry e : cells) {
            String t = headerText(e.text());
            if (!t.isEmpty() && t.length() <= MAX_HEADER_LENGTH && !passwordHeaders.contains(e)
                    && mayName(t, ACCOUNT_FIRST_SET) && ACCOUNT_OR_DEVICE.matcher(t).find()) {
                accountHeaders.add(e);
            }
        }
        List<Entry> out = new ArrayList<>();
        for (Entry header : passwordHeaders) {
            boolean besideAccount = accountHeaders.stream()
                    .anyMatch(a -> a.col() != header.col() && Math.abs(a.row() - header.row()) <= 1);
            if (!besideAccount) {
                continue;
            }
            for (Entry e : cells) {
                if (e.col() == header.col() && e.row() > header.row() && e.row() <= header.row() + ROWS_BELOW
                        && isValue(e.text())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** Whether a sheet is a password list: by its name, or by filled cells under a password header. */
    public static boolean isCredentialSheet(String sheetName, List<Entry> cells) {
        return isNamedForPasswords(sheetName) || !passwordCells(cells).isEmpty();
    }

    /** A cell under a password header that holds a value (not another header, not a long note). */
    private static boolean isValue(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_VALUE_LENGTH) {
            return false;
        }
        String h = headerText(t);
        // a header is a password header that looks like no value; a value may say PASS (Qv7#x-PASS) and is still one
        return !(h.length() <= MAX_HEADER_LENGTH && mayName(h, PASSWORD_FIRST_SET) && namesPassword(h)
                && !VALUE_LIKE.matcher(h).find());
    }

    /**
     * {@code SPACES.matcher(normalise(text).toLowerCase(Locale.ROOT)).replaceAll("")}, without a matcher (one per cell
     * was most of {@link #headerText}'s time): the NFKC text, lower-cased, with every character {@code \s} matches
     * dropped. CredentialSheetsPrefilterTest checks that both agree on every text of the blind corpus.
     */
    static String headerText(String text) {
        return withoutSpaces(normalise(text).toLowerCase(Locale.ROOT));
    }

    /** {@code SPACES.matcher(s).replaceAll("")}: {@code s} without the characters {@code \s} matches. */
    private static String withoutSpaces(String s) {
        int i = 0;
        while (i < s.length() && !isSpace(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether {@code \s} (without UNICODE_CHARACTER_CLASS) matches {@code c}: space, tab, line feed, VT, FF, CR. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * {@code Normalizer.normalize(s, NFKC)}, without the normaliser for text made only of U+0000–U+009F (ASCII and C1
     * controls), which NFKC leaves as it is.
     */
    private static String normalise(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0xA0) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }
}

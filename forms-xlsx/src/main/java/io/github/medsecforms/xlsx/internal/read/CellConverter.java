package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.Choices;
import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.model.meta.TextKind;
import io.github.medsecforms.model.value.BedBand;
import io.github.medsecforms.model.value.EmailAddress;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.Fqdn;
import io.github.medsecforms.model.value.HospitalCode;
import io.github.medsecforms.model.value.InvalidValueException;
import io.github.medsecforms.model.value.Ipv4Address;
import io.github.medsecforms.model.value.Ipv4Cidr;
import io.github.medsecforms.model.value.JapaneseDates;
import io.github.medsecforms.model.value.PhoneNumber;
import io.github.medsecforms.model.value.PostalCode;
import io.github.medsecforms.model.value.Secret;
import io.github.medsecforms.model.value.ValueError;
import io.github.medsecforms.xlsx.internal.grid.Cell;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Converts a cell to a field's value by the field's kind: text as typed (NFKC for plain text, never for names),
 * numbers stored as text, dates as serials or text in any notation, choices by their Japanese wording, value types by
 * their parsers. Formula cells are read by their cached value. Failures are returned, never thrown.
 */
final class CellConverter {
    /** Texts that mean "nothing here" in a non-text field (入力不要, dashes). */
    private static final Set<String> DASHES = Set.of("-", "ー", "―", "‐", "－", "—", "–", "−");
    private static final Set<String> PLACEHOLDERS = Set.of("入力不要", "-", "ー", "―", "‐", "/", "／", "－", "対象外");

    private static final LocalizedMessages VALUE_MESSAGES =
            LocalizedMessages.of("io.github.medsecforms.model.value.messages", InvalidValueException.class);

    private final boolean date1904;
    private final FiscalYear version;
    /** The prefecture the workbook names (for 7-digit hospital codes), or null. */
    private io.github.medsecforms.model.value.Prefecture prefecture;
    /** Whether the last date converted had no year (its year came from the form's fiscal year). */
    boolean lastYearless;
    /** {@link Choices#fromLabel} by choice type and text, for this read: choice columns repeat their values. */
    private final Map<Class<?>, Map<String, Optional<?>>> choices = new HashMap<>();
    /** The results of {@link #choice} that hold a value, by choice type and text: the same for every field of the type. */
    private final Map<Class<?>, Map<String, Converted>> chosenByType = new HashMap<>();

    CellConverter(boolean date1904) {
        this(date1904, null);
    }

    CellConverter(boolean date1904, FiscalYear version) {
        this.date1904 = date1904;
        this.version = version;
    }

    /** A layout profile's choice wordings: official wording (normalised) → more wordings. */
    private Map<String, List<String>> profileChoices = Map.of();
    /** Those wordings by choice type: the wording (normalised) → its option. */
    private final Map<Class<?>, Map<String, Choice>> profileOptions = new HashMap<>();

    /**
     * A layout profile's wordings of options ({@code はい} → {@code 該当する}): a cell holding exactly one of them is
     * that option, before any other reading of the cell.
     */
    void profileChoices(Map<String, List<String>> choices) {
        Map<String, List<String>> byOption = new HashMap<>();
        choices.forEach((option, words) -> byOption.put(ChoiceText.norm(option), words));
        this.profileChoices = byOption;
        profileOptions.clear();
    }

    private Choice profileChoice(Class<?> type, String text) {
        if (profileChoices.isEmpty()) {
            return null;
        }
        Map<String, Choice> options = profileOptions.computeIfAbsent(type, t -> {
            Map<String, Choice> out = new HashMap<>();
            for (Object c : t.getEnumConstants()) {
                Choice choice = (Choice) c;
                for (String w : profileChoices.getOrDefault(ChoiceText.norm(choice.label()), List.of())) {
                    out.putIfAbsent(ChoiceText.norm(w), choice);
                }
            }
            return out;
        });
        return options.isEmpty() ? null : options.get(ChoiceText.norm(text));
    }

    /** The prefecture 7-digit hospital codes are expanded with (the workbook's 都道府県名 or addresses). */
    void prefecture(io.github.medsecforms.model.value.Prefecture prefecture) {
        this.prefecture = prefecture;
    }

    Converted convert(Cell cell, FieldDescriptor field) {
        switch (cell.type()) {
            case BLANK:
                return Converted.BLANK;
            case ERROR:
                return Converted.problem(ReadCodes.FORMULA_ERROR,
                        ReadCodes.MESSAGES.format(ReadCodes.FORMULA_ERROR, Locale.JAPANESE, cell.text()),
                        ReadCodes.MESSAGES.format(ReadCodes.FORMULA_ERROR, Locale.ENGLISH, cell.text()));
            default:
                break;
        }
        String raw = cell.text();
        if (raw == null || raw.isBlank()) {
            return Converted.BLANK;
        }
        try {
            return convertText(cell, raw, field);
        } catch (InvalidValueException e) {
            return Converted.problem(e.code(), e.getMessage(Locale.JAPANESE), e.getMessage(Locale.ENGLISH));
        }
    }

    private Converted convertText(Cell cell, String raw, FieldDescriptor field) {
        String trimmed = raw.strip();
        switch (field.kind()) {
            case TEXT:
                return Converted.of(text(trimmed, field.text()));
            case SECRET:
                return Converted.of(Secret.of(raw));
            case CHOICE: {
                Converted chosen = choice(trimmed, field);
                // a dash where a question does not apply (Q3 × → Q4–Q7 －): no answer, as in any other column
                return chosen.failed() && DASHES.contains(LabelText.nfkc(trimmed).strip()) ? Converted.BLANK : chosen;
            }
            default:
                break;
        }
        String nfkc = LabelText.nfkc(trimmed).strip();
        if (PLACEHOLDERS.contains(nfkc)) {
            return Converted.BLANK;
        }
        boolean number = cell.type() == io.github.medsecforms.xlsx.internal.grid.CellType.NUMBER;
        switch (field.kind()) {
            case INTEGER:
                return integer(cell, nfkc);
            case DATE:
                return date(cell, nfkc, number);
            case HOSPITAL_CODE:
                return hospitalCode(nfkc, number);
            case POSTAL_CODE:
                return Converted.of(PostalCode.parse(number ? pad(nfkc, 7) : nfkc));
            case PHONE_NUMBER:
                return Converted.of(PhoneNumber.parse(number && !nfkc.startsWith("0") ? "0" + nfkc : withoutExtension(nfkc)));
            case EMAIL_ADDRESS:
                return Converted.of(EmailAddress.parse(nfkc));
            case IPV4_ADDRESS:
                return Converted.of(Ipv4Address.parse(nfkc));
            case IPV4_CIDR:
                return Converted.of(Ipv4Cidr.parse(nfkc));
            case FQDN:
                return Converted.of(Fqdn.parse(nfkc));
            case FISCAL_YEAR:
                return Converted.of(FiscalYear.parse(nfkc));
            case BED_BAND:
                return bedBand(trimmed);
            case BOOLEAN:
                return Converted.of(nfkc.equalsIgnoreCase("TRUE") || nfkc.equals("はい") || nfkc.equals("○"));
            default:
                throw new IllegalStateException("no converter for " + field.kind());
        }
    }

    /** Text as the kind says: names only trimmed; kana and plain text NFKC; multi-line keeps line breaks. */
    static String text(String trimmed, TextKind kind) {
        switch (kind) {
            case NAME:
                return trimmed;
            case MULTILINE:
                return trimmed.replace("\r\n", "\n").replace('\r', '\n');
            case KANA:
            case PLAIN:
            default:
                return LabelText.nfkc(trimmed).strip();
        }
    }

    private Converted choice(String text, FieldDescriptor field) {
        Class<?> type = field.javaType();
        Map<String, Converted> chosen = chosenByType.computeIfAbsent(type, t -> new HashMap<>());
        Converted done = chosen.get(text);
        if (done != null) {
            return done; // a choice read before in this read: the same immutable result, none made per cell
        }
        Map<String, Optional<?>> byText = choices.computeIfAbsent(type, t -> new HashMap<>());
        Optional<?> found = byText.get(text);
        if (found == null) {
            Choice fromProfile = profileChoice(type, text);
            ChoiceText.Read read = fromProfile != null ? null : ChoiceText.read(type, text);
            if (fromProfile != null) {
                found = Optional.of(fromProfile);
            } else if (read.untouched()) {
                found = Optional.of(UNTOUCHED);
            } else if (read.several()) {
                found = Optional.of(SEVERAL);
            } else if (read.found()) {
                found = Optional.of(read.value());
            } else {
                found = Optional.ofNullable(similar(type, text));
            }
            byText.put(text, found);
        }
        if (found.isPresent() && found.get() == UNTOUCHED) {
            return Converted.BLANK;
        }
        if (found.isPresent() && found.get() == SEVERAL) {
            return Converted.problem(ReadCodes.SEVERAL_CHOSEN,
                    ReadCodes.MESSAGES.format(ReadCodes.SEVERAL_CHOSEN, Locale.JAPANESE, field.qualifiedLabel()),
                    ReadCodes.MESSAGES.format(ReadCodes.SEVERAL_CHOSEN, Locale.ENGLISH, field.qualifiedLabelEn()));
        }
        if (found.isPresent()) {
            Converted c = Converted.of(found.get());
            chosen.put(text, c);
            return c;
        }
        String choices = String.join("、", field.choices());
        InvalidValueException e = new InvalidValueException(ValueError.CHOICE_UNKNOWN, text, choices);
        return Converted.problem(e.code(), e.getMessage(Locale.JAPANESE), e.getMessage(Locale.ENGLISH));
    }

    /** Bands read so far (the quota table's), by which a band written by name only is known (小規模). */
    private final java.util.List<BedBand> bands = new java.util.ArrayList<>();

    void addBand(BedBand band) {
        bands.add(band);
    }

    /**
     * A bed band: its range written out, or the name of a band of the workbook's quota table ({@code 小規模} for
     * {@code 小規模（20～99床）}).
     */
    private Converted bedBand(String text) {
        try {
            return Converted.of(BedBand.parse(text));
        } catch (InvalidValueException e) {
            String core = Wording.core(LabelText.key(text));
            for (BedBand b : bands) {
                String label = LabelText.key(b.label());
                if (!core.isEmpty() && (Wording.core(label).equals(core) || label.startsWith(core))) {
                    return Converted.of(b);
                }
            }
            throw e;
        }
    }

    private static final Object UNTOUCHED = new Object();
    private static final Object SEVERAL = new Object();

    /** The option whose long wording a text resembles closely (one option only), or null. */
    private static Choice similar(Class<?> type, String text) {
        String core = Wording.core(LabelText.key(text));
        if (core.length() < 6) {
            return null;
        }
        Choice best = null;
        double bestScore = 0.7;
        boolean tie = false;
        for (Object c : type.getEnumConstants()) {
            Choice choice = (Choice) c;
            String label = Wording.core(LabelText.key(choice.label()));
            if (label.length() < 6) {
                continue;
            }
            double d = Wording.dice(core, label);
            if (d > bestScore + 1e-9) {
                bestScore = d;
                best = choice;
                tie = false;
            } else if (Math.abs(d - bestScore) < 1e-9 && best != null) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * A date as people write it: an Excel date (a plausible serial only: a number such as 2024 is no date), any
     * written notation, in brackets ({@code (12/20)}), after an answer ({@code はい (10/1)}), or without a year: M/D takes
     * its year from the form's fiscal year (April–December the start year, January–March the next).
     */
    private Converted date(Cell cell, String nfkc, boolean number) {
        lastYearless = false;
        if (number) {
            double serial = cell.number();
            if (serial >= 32874 && serial <= 73051) { // 1990-01-01 .. 2100-01-01
                return Converted.of(JapaneseDates.fromExcelSerial(serial, date1904));
            }
            throw new InvalidValueException(ValueError.DATE_FORMAT, nfkc);
        }
        String s = nfkc.strip();
        if (!ANY_DIGIT.matcher(s).matches()) {
            String rest = YES_NO_AND_BRACKETS.matcher(s).replaceAll("");
            if (rest.isEmpty() || ChoiceText.isMark(rest)) {
                return Converted.BLANK; // an answer without its date, or the printed (/) of a date
            }
        }
        try {
            return Converted.of(JapaneseDates.parse(s));
        } catch (InvalidValueException e) {
            String inner = OUTER_BRACKETS.matcher(s).replaceAll("").strip();
            if (DATE_BLANK_MARKS.matcher(inner).replaceAll("").isEmpty()) {
                return Converted.BLANK; // (/) or ( / ): the printed blank of a date
            }
            if (!inner.equals(s)) {
                try {
                    return Converted.of(JapaneseDates.parse(inner));
                } catch (InvalidValueException ignored) {
                    // try the other forms below
                }
            }
            java.util.regex.Matcher full = FULL_DATE.matcher(s);
            if (full.find()) {
                try {
                    return Converted.of(JapaneseDates.parse(full.group()));
                } catch (InvalidValueException ignored) {
                    // fall through
                }
            }
            java.util.regex.Matcher md = MONTH_DAY.matcher(s);
            if (md.find() && version != null) {
                int month = Integer.parseInt(md.group(1));
                int day = Integer.parseInt(md.group(2));
                if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                    int year = month >= 4 ? version.startYear() : version.startYear() + 1;
                    try {
                        java.time.LocalDate d = java.time.LocalDate.of(year, month, day);
                        lastYearless = true;
                        return Converted.of(d);
                    } catch (java.time.DateTimeException ignored) {
                        // 2/30: not a date
                    }
                }
            }
            throw e;
        }
    }

    private static final java.util.regex.Pattern ANY_DIGIT = java.util.regex.Pattern.compile(".*[0-9].*");
    private static final java.util.regex.Pattern YES_NO_AND_BRACKETS =
            java.util.regex.Pattern.compile("はい|いいえ|[・/／()（）\\[\\]【】\\s]");
    private static final java.util.regex.Pattern OUTER_BRACKETS = java.util.regex.Pattern.compile("^[\\(\\[（【]+|[\\)\\]）】]+$");
    /** What stands in the printed blank of a date: (/), ( / ). */
    private static final java.util.regex.Pattern DATE_BLANK_MARKS = java.util.regex.Pattern.compile("[\\s/／.-]");
    /** The separators between the digits of a code: spaces and dashes. */
    private static final java.util.regex.Pattern DIGIT_SEPARATORS = java.util.regex.Pattern.compile("[\\s\\-‐－ー−]");
    private static final java.util.regex.Pattern FULL_DATE = java.util.regex.Pattern.compile(
            "(令和|平成|令|平|[RHrh])\\s*([0-9]{1,2}|元)\\s*[年/.-]\\s*[0-9]{1,2}\\s*[月/.-]\\s*[0-9]{1,2}日?"
                    + "|[0-9]{4}\\s*[年/.-]\\s*[0-9]{1,2}\\s*[月/.-]\\s*[0-9]{1,2}日?");
    private static final java.util.regex.Pattern MONTH_DAY = java.util.regex.Pattern.compile(
            "(?<![0-9./年])([0-9]{1,2})\\s*[/月]\\s*([0-9]{1,2})日?(?![0-9/])");

    /**
     * A hospital code with any separators ({@code 21-1-01-1307-9}, {@code 04 1 01 0615 7}); a 7-digit code is expanded
     * with the workbook's prefecture (点数表番号 1, hospitals); Excel's lost leading zeros are put back.
     */
    private Converted hospitalCode(String nfkc, boolean number) {
        String digits = DIGIT_SEPARATORS.matcher(nfkc).replaceAll("");
        if (number) {
            digits = digits.length() <= 7 ? pad(digits, 7) : pad(digits, 10);
        }
        if (digits.length() == 7 && Text7.isDigits(digits) && prefecture != null) {
            return Converted.of(HospitalCode.expand(digits, prefecture.code(), 1));
        }
        return Converted.of(HospitalCode.parse(digits.length() == 10 || !Text7.isDigits(digits) ? digits : nfkc));
    }

    /** Digits only. */
    private static final class Text7 {
        static boolean isDigits(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return false;
                }
            }
            return !s.isEmpty();
        }
    }

    /** A phone number without the extension or note written after it ({@code 086-223-4567（内線315）}). */
    private static String withoutExtension(String nfkc) {
        String s = nfkc.strip();
        int cut = s.length();
        for (String mark : new String[] {"(", "内線", "ext", "Ext", "EXT", "#", "（"}) {
            int at = s.indexOf(mark);
            if (at > 6 && at < cut) {
                cut = at;
            }
        }
        return s.substring(0, cut).strip();
    }

    private static Converted integer(Cell cell, String nfkc) {
        if (cell.type() == io.github.medsecforms.xlsx.internal.grid.CellType.NUMBER) {
            double d = cell.number();
            if (d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
                return Converted.of((int) d);
            }
            throw new InvalidValueException(ValueError.INTEGER_FORMAT, nfkc);
        }
        String digits = nfkc.replace(",", "");
        for (String unit : new String[] {"床", "台", "件", "人", "名"}) {
            if (digits.endsWith(unit)) {
                digits = digits.substring(0, digits.length() - unit.length()).strip();
            }
        }
        try {
            return Converted.of(Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(ValueError.INTEGER_FORMAT, nfkc);
        }
    }

    /** Excel drops leading zeros of codes typed into number cells: put them back. */
    private static String pad(String digits, int length) {
        if (digits.length() >= length || !digits.chars().allMatch(Character::isDigit)) {
            return digits;
        }
        return "0".repeat(length - digits.length()) + digits;
    }

    static boolean isChoice(Object value) {
        return value instanceof Choice;
    }

    static LocalizedMessages valueMessages() {
        return VALUE_MESSAGES;
    }
}

package io.github.medsecforms.model.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in every notation the forms use: Excel date serials ({@code 45425}), {@code 2024/5/13}, {@code 2024-05-13},
 * {@code 2024.5.13}, {@code 2024年5月13日}, {@code 20240513}, {@code 令和6年5月13日}, {@code 令和元年5月1日},
 * {@code R6.5.13}, {@code R6/5/13}, {@code r6.5.13}, {@code 令6.5.13}, with full-width digits, era ligatures
 * ({@code ㋿}, {@code ㍻}) and a trailing weekday such as {@code (月)} or {@code （月曜日）} tolerated.
 *
 * <p>Era years count from the era's first year, and a date before the era began is refused (令和元年4月30日).
 * A date written in an era after the next era began is accepted as the continued count (平成31年5月1日 is
 * 2019-05-01), as government guidance treats forms printed before the change; see docs/decisions.md.</p>
 */
public final class JapaneseDates {
    private JapaneseDates() {
    }

    /** Japanese eras from the newest; the first day of each. */
    private enum Era {
        REIWA("令和", "令", 'R', "Reiwa", LocalDate.of(2019, 5, 1)),
        HEISEI("平成", "平", 'H', "Heisei", LocalDate.of(1989, 1, 8)),
        SHOWA("昭和", "昭", 'S', "Showa", LocalDate.of(1926, 12, 25)),
        TAISHO("大正", "大", 'T', "Taisho", LocalDate.of(1912, 7, 30)),
        MEIJI("明治", "明", 'M', "Meiji", LocalDate.of(1868, 1, 25));

        final String name;
        final String abbreviation;
        final char letter;
        final String english;
        final LocalDate start;

        Era(String name, String abbreviation, char letter, String english, LocalDate start) {
            this.name = name;
            this.abbreviation = abbreviation;
            this.letter = letter;
            this.english = english;
            this.start = start;
        }

        static Era of(String token) {
            for (Era era : values()) {
                if (era.name.equals(token) || era.abbreviation.equals(token)
                        || (token.length() == 1 && Character.toUpperCase(token.charAt(0)) == era.letter)) {
                    return era;
                }
            }
            throw new IllegalArgumentException(token);
        }
    }

    /** A trailing weekday: (月), (月曜), (月曜日), (月・祝), (祝), (Mon). */
    private static final Pattern WEEKDAY =
            Pattern.compile("\\((?:[月火水木金土日](?:曜日?)?(?:・祝)?|祝|[A-Za-z]{3}\\.?)\\)$");
    private static final Pattern SERIAL = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    private static final Pattern YMD = Pattern.compile("([0-9]{4})([/.-])([0-9]{1,2})\\2([0-9]{1,2})");
    private static final Pattern YMD_KANJI = Pattern.compile("([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日?");
    private static final Pattern COMPACT = Pattern.compile("([0-9]{4})([0-9]{2})([0-9]{2})");
    private static final Pattern ERA_KANJI =
            Pattern.compile("(令和|平成|昭和|大正|明治|令|平|昭|大|明)([0-9]{1,2}|元)年([0-9]{1,2})月([0-9]{1,2})日?");
    private static final Pattern ERA_SHORT =
            Pattern.compile("(令和|平成|昭和|大正|明治|令|平|昭|大|明|[RHSTMrhstm])([0-9]{1,2}|元)([/.-])([0-9]{1,2})\\3([0-9]{1,2})");

    /** Day 0 of the 1900 date system (serials from 61 on count from here). */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    /** Day 0 of the 1904 date system. */
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** The last day Excel can show. */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    /** The largest Excel serial (9999-12-31) in the 1900 date system. */
    static final int MAX_SERIAL = 2_958_465;
    /** The largest Excel serial (9999-12-31) in the 1904 date system. */
    static final int MAX_SERIAL_1904 = 2_957_003;

    /**
     * Parses a date in any supported notation. A bare number of up to seven digits (optionally with a fraction) is
     * an Excel serial in the 1900 date system; eight digits are {@code yyyyMMdd}.
     *
     * @throws InvalidValueException naming the input: {@link ValueError#DATE_FORMAT} for an unknown notation,
     *                               {@link ValueError#DATE_IMPOSSIBLE} for a day that does not exist,
     *                               {@link ValueError#DATE_ERA} for a date before its era began
     */
    public static LocalDate parse(CharSequence text) {
        String s = Text.compact(Objects.requireNonNull(text, "text"));
        s = WEEKDAY.matcher(s).replaceFirst("");
        if (s.isEmpty()) {
            throw new InvalidValueException(ValueError.DATE_FORMAT, text);
        }
        Matcher m;
        if ((m = YMD.matcher(s)).matches()) {
            return gregorian(text, m.group(1), m.group(3), m.group(4));
        }
        if ((m = YMD_KANJI.matcher(s)).matches()) {
            return gregorian(text, m.group(1), m.group(2), m.group(3));
        }
        if ((m = ERA_KANJI.matcher(s)).matches()) {
            return era(text, m.group(1), m.group(2), m.group(3), m.group(4));
        }
        if ((m = ERA_SHORT.matcher(s)).matches()) {
            return era(text, m.group(1), m.group(2), m.group(4), m.group(5));
        }
        if ((m = COMPACT.matcher(s)).matches() && Integer.parseInt(s) > MAX_SERIAL) {
            return gregorian(text, m.group(1), m.group(2), m.group(3));
        }
        if (SERIAL.matcher(s).matches()) {
            BigDecimal days = new BigDecimal(s).setScale(0, RoundingMode.FLOOR);
            if (days.compareTo(BigDecimal.valueOf(MAX_SERIAL)) > 0) {
                throw new InvalidValueException(ValueError.EXCEL_SERIAL, text);
            }
            return fromSerialDays(days.longValueExact(), false, text);
        }
        throw new InvalidValueException(ValueError.DATE_FORMAT, text);
    }

    /**
     * The date of an Excel serial number: whole days since 1899-12-30 in the 1900 date system (serial 1 is
     * 1900-01-01; Excel's fictitious 1900-02-29, serial 60, is refused), or since 1904-01-01 in the 1904 system
     * (serial 0). A fractional part (time of day) is ignored. The last serial is 9999-12-31, as in Excel.
     *
     * @throws InvalidValueException {@link ValueError#EXCEL_SERIAL} when the serial is outside Excel's range or
     *                               is 60 in the 1900 system
     */
    public static LocalDate fromExcelSerial(double serial, boolean date1904) {
        if (Double.isNaN(serial) || Double.isInfinite(serial)) {
            throw new InvalidValueException(ValueError.EXCEL_SERIAL, Double.toString(serial));
        }
        double days = Math.floor(serial);
        if (days < 0 || days > MAX_SERIAL) {
            throw new InvalidValueException(ValueError.EXCEL_SERIAL, format(serial));
        }
        return fromSerialDays((long) days, date1904, format(serial));
    }

    /** The Excel serial of a date in the 1900 date system. */
    public static long toExcelSerial(LocalDate date) {
        return toExcelSerial(date, false);
    }

    /**
     * The Excel serial of a date: in the 1900 date system (counting Excel's fictitious 1900-02-29, so 1900-03-01
     * is 61) or the 1904 date system.
     *
     * @throws InvalidValueException {@link ValueError#EXCEL_SERIAL} for a date Excel cannot hold (before 1900-01-01,
     *                               or 1904-01-01 in the 1904 system, or after 9999-12-31)
     */
    public static long toExcelSerial(LocalDate date, boolean date1904) {
        LocalDate first = date1904 ? EPOCH_1904 : LocalDate.of(1900, 1, 1);
        if (date.isBefore(first) || date.isAfter(LAST_DAY)) {
            throw new InvalidValueException(ValueError.EXCEL_SERIAL, date.toString());
        }
        if (date1904) {
            return ChronoUnit.DAYS.between(EPOCH_1904, date);
        }
        long days = ChronoUnit.DAYS.between(EPOCH_1900, date);
        return days <= 60 ? days - 1 : days;
    }

    /** {@code 2024/5/13}: the notation the forms print. */
    public static String format(LocalDate date) {
        return date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
    }

    /** {@code 令和6年5月13日} (元年 for the first year of an era). */
    public static String formatWareki(LocalDate date) {
        for (Era era : Era.values()) {
            if (!date.isBefore(era.start)) {
                int year = date.getYear() - era.start.getYear() + 1;
                return era.name + (year == 1 ? "元" : Integer.toString(year)) + "年" + date.getMonthValue() + "月"
                        + date.getDayOfMonth() + "日";
            }
        }
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String format(double serial) {
        return serial == Math.rint(serial) && Math.abs(serial) < 1e15 ? Long.toString((long) serial)
                : BigDecimal.valueOf(serial).toPlainString();
    }

    private static LocalDate fromSerialDays(long days, boolean date1904, CharSequence input) {
        if (date1904) {
            if (days < 0 || days > MAX_SERIAL_1904) {
                throw new InvalidValueException(ValueError.EXCEL_SERIAL, input);
            }
            return EPOCH_1904.plusDays(days);
        }
        if (days < 1 || days > MAX_SERIAL || days == 60) {
            throw new InvalidValueException(ValueError.EXCEL_SERIAL, input);
        }
        return days < 60 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
    }

    private static LocalDate gregorian(CharSequence input, String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            throw new InvalidValueException(ValueError.DATE_IMPOSSIBLE, input);
        }
    }

    private static LocalDate era(CharSequence input, String eraToken, String y, String m, String d) {
        Era era = Era.of(eraToken);
        int year = "元".equals(y) ? 1 : Integer.parseInt(y);
        if (year < 1) {
            throw new InvalidValueException(ValueError.DATE_IMPOSSIBLE, input);
        }
        LocalDate date = gregorian(input, Integer.toString(era.start.getYear() + year - 1), m, d);
        if (date.isBefore(era.start)) {
            throw new InvalidValueException(ValueError.DATE_ERA, input, era.name, formatWareki(era.start), era.start,
                    era.english);
        }
        return date;
    }
}

package io.github.medsecforms.model.value;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in every notation the forms use: Excel date serials ({@code 45425}), {@code 2024/5/13}, {@code 2024-05-13},
 * {@code 2024.5.13}, {@code 2024年5月13日}, {@code 20240513}, {@code 令和6年5月13日}, {@code 令和元年5月1日},
 * {@code R6.5.13}, {@code R6/5/13}, {@code 令6.5.13}, with full-width digits and a trailing weekday such as
 * {@code (月)} tolerated.
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
        REIWA("令和", "令", 'R', LocalDate.of(2019, 5, 1)),
        HEISEI("平成", "平", 'H', LocalDate.of(1989, 1, 8)),
        SHOWA("昭和", "昭", 'S', LocalDate.of(1926, 12, 25)),
        TAISHO("大正", "大", 'T', LocalDate.of(1912, 7, 30)),
        MEIJI("明治", "明", 'M', LocalDate.of(1868, 1, 25));

        final String name;
        final String abbreviation;
        final char letter;
        final LocalDate start;

        Era(String name, String abbreviation, char letter, LocalDate start) {
            this.name = name;
            this.abbreviation = abbreviation;
            this.letter = letter;
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

    private static final Pattern WEEKDAY = Pattern.compile("\\((?:[月火水木金土日]|[A-Za-z]{3})\\)$");
    private static final Pattern SERIAL = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    private static final Pattern YMD = Pattern.compile("([0-9]{4})([/.-])([0-9]{1,2})\\2([0-9]{1,2})");
    private static final Pattern YMD_KANJI = Pattern.compile("([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日?");
    private static final Pattern COMPACT = Pattern.compile("([0-9]{4})([0-9]{2})([0-9]{2})");
    private static final Pattern ERA_KANJI =
            Pattern.compile("(令和|平成|昭和|大正|明治|令|平|昭|大|明)([0-9]{1,2}|元)年([0-9]{1,2})月([0-9]{1,2})日?");
    private static final Pattern ERA_SHORT =
            Pattern.compile("(令和|平成|昭和|大正|明治|令|平|昭|大|明|[RHSTMrhstm])([0-9]{1,2}|元)([/.-])([0-9]{1,2})\\3([0-9]{1,2})");

    /** The largest Excel serial (9999-12-31). */
    static final int MAX_SERIAL = 2_958_465;

    /**
     * Parses a date in any supported notation.
     *
     * @throws InvalidValueException naming the input: {@link ValueError#DATE_FORMAT} for an unknown notation,
     *                               {@link ValueError#DATE_IMPOSSIBLE} for a day that does not exist,
     *                               {@link ValueError#DATE_ERA} for a date before its era began
     */
    public static LocalDate parse(CharSequence text) {
        String s = Text.compact(text);
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
            BigDecimal serial = new BigDecimal(s);
            if (serial.compareTo(BigDecimal.valueOf(MAX_SERIAL + 1L)) >= 0) {
                throw new InvalidValueException(ValueError.EXCEL_SERIAL, text);
            }
            return fromExcelSerial(serial.doubleValue(), false);
        }
        throw new InvalidValueException(ValueError.DATE_FORMAT, text);
    }

    /**
     * The date of an Excel serial number: whole days since 1899-12-30 in the 1900 date system (serial 1 is
     * 1900-01-01; Excel's fictitious 1900-02-29, serial 60, is refused), or since 1904-01-01 in the 1904 system.
     * A fractional part (time of day) is ignored.
     */
    public static LocalDate fromExcelSerial(double serial, boolean date1904) {
        if (Double.isNaN(serial) || serial < (date1904 ? 0 : 1) || serial >= MAX_SERIAL + 1) {
            throw new InvalidValueException(ValueError.EXCEL_SERIAL, format(serial));
        }
        long days = (long) Math.floor(serial);
        if (date1904) {
            return LocalDate.of(1904, 1, 1).plusDays(days);
        }
        if (days == 60) {
            throw new InvalidValueException(ValueError.EXCEL_SERIAL, format(serial));
        }
        return days < 60 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
    }

    /** The Excel serial (1900 date system) of a date. */
    public static long toExcelSerial(LocalDate date) {
        long days = date.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
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
        return serial == Math.rint(serial) ? Long.toString((long) serial) : Double.toString(serial);
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
            throw new InvalidValueException(ValueError.DATE_ERA, input, era.name, formatWareki(era.start));
        }
        return date;
    }
}

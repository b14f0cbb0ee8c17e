package io.github.medsecforms.model.value;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 年度: the Japanese fiscal year, 1 April to 31 March. Written {@code R6} (令和6年度 = April 2024 to March 2025);
 * also the version of a form.
 *
 * @param startYear the calendar year in which the fiscal year begins (2024 for 令和6年度)
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {
    private static final Pattern REIWA = Pattern.compile("(?:R|令和|令)([0-9]{1,4}|元)(?:年度?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEISEI = Pattern.compile("(?:H|平成|平)([0-9]{1,2}|元)(?:年度?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern GREGORIAN = Pattern.compile("(?:FY)?([0-9]{4})(?:年度?)?", Pattern.CASE_INSENSITIVE);

    /** @throws InvalidValueException unless 1989 (平成元年度) ≤ {@code startYear} ≤ 9998 */
    public FiscalYear {
        if (startYear < 1989 || startYear > 9998) {
            throw new InvalidValueException(ValueError.FISCAL_YEAR_FORMAT, Integer.toString(startYear));
        }
    }

    /**
     * 令和{@code n}年度.
     *
     * @throws InvalidValueException if {@code n} &lt; 1 or the year would pass 9998
     */
    public static FiscalYear reiwa(int n) {
        if (n < 1 || n > 9998 - 2018) {
            throw new InvalidValueException(ValueError.FISCAL_YEAR_FORMAT, "R" + n);
        }
        return new FiscalYear(2018 + n);
    }

    /** The fiscal year a date falls in. */
    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /**
     * Parses {@code R6}, {@code 令和6年度}, {@code 令和元年度}, {@code H30}, {@code 平成30年度}, {@code 2024年度},
     * {@code FY2024} or {@code 2024} (case-insensitive, full-width tolerated). An era year is at least 1 (元).
     *
     * @throws InvalidValueException {@link ValueError#FISCAL_YEAR_FORMAT} naming the input
     */
    public static FiscalYear parse(CharSequence text) {
        String s = Text.compact(Objects.requireNonNull(text, "text"));
        Matcher m;
        try {
            if ((m = REIWA.matcher(s)).matches()) {
                return new FiscalYear(2018 + year(m.group(1)));
            }
            if ((m = HEISEI.matcher(s)).matches()) {
                return new FiscalYear(1988 + year(m.group(1)));
            }
            if ((m = GREGORIAN.matcher(s)).matches()) {
                return new FiscalYear(Integer.parseInt(m.group(1)));
            }
        } catch (InvalidValueException e) {
            throw new InvalidValueException(ValueError.FISCAL_YEAR_FORMAT, text);
        }
        throw new InvalidValueException(ValueError.FISCAL_YEAR_FORMAT, text);
    }

    /** An era year: 元 or a number from 1. */
    private static int year(String token) {
        int year = "元".equals(token) ? 1 : Integer.parseInt(token);
        if (year < 1) {
            throw new InvalidValueException(ValueError.FISCAL_YEAR_FORMAT, token);
        }
        return year;
    }

    /** 1 April of the start year. */
    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    /** 31 March of the following year. */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    /** Whether {@code date} lies in this fiscal year. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    /** {@code R6} (Reiwa) or {@code H30} (Heisei, before 2019). */
    public String code() {
        return startYear >= 2019 ? "R" + (startYear - 2018) : "H" + (startYear - 1988);
    }

    /** {@code 令和6年度}, {@code 令和元年度}, {@code 平成30年度}. */
    public String label() {
        if (startYear >= 2019) {
            int n = startYear - 2018;
            return "令和" + (n == 1 ? "元" : Integer.toString(n)) + "年度";
        }
        int n = startYear - 1988;
        return "平成" + (n == 1 ? "元" : Integer.toString(n)) + "年度";
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return code();
    }
}

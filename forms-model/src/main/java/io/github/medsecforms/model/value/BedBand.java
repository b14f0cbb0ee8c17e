package io.github.medsecforms.model.value;

import java.util.Objects;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 病床規模: a band of bed counts as a quota table labels it ({@code 20～99床}, {@code 200床以上}, {@code 99床以下},
 * {@code 20床未満}, {@code 500床超}, {@code 20床以上100床未満}). The bands come from the workbook, so a changed scheme
 * needs no code.
 *
 * @param label   the label as written (NFKC, trimmed)
 * @param minBeds smallest bed count in the band
 * @param maxBeds largest bed count in the band ({@link Integer#MAX_VALUE} when open-ended)
 */
public record BedBand(String label, int minBeds, int maxBeds) {
    private static final Pattern RANGE = Pattern.compile("([0-9]+)床?[~〜～-]([0-9]+)床?");
    private static final Pattern AT_LEAST = Pattern.compile("([0-9]+)床?以上");
    private static final Pattern MORE_THAN = Pattern.compile("([0-9]+)床?超");
    private static final Pattern AT_MOST = Pattern.compile("([0-9]+)床?以下");
    private static final Pattern LESS_THAN = Pattern.compile("([0-9]+)床?未満");
    private static final Pattern BOUNDED = Pattern.compile("([0-9]+)床?(以上|超)([0-9]+)床?(以下|未満)");
    /** An open lower end: {@code ～99床} (up to 99 beds). */
    private static final Pattern UP_TO = Pattern.compile("[~〜～-]([0-9]+)床?");
    /** An open upper end: {@code 500床～}. */
    private static final Pattern FROM = Pattern.compile("([0-9]+)床?[~〜～-]");
    /** A named band with its range in brackets: {@code 小規模（20～99床）}. */
    private static final Pattern NAMED = Pattern.compile("[^(（]+[(（](.+)[)）]");

    public BedBand {
        if (label == null || label.isBlank() || minBeds < 0 || maxBeds < minBeds) {
            throw new InvalidValueException(ValueError.BED_BAND_FORMAT, String.valueOf(label));
        }
    }

    /**
     * Parses a band label; full-width digits and any kind of tilde or dash are tolerated.
     *
     * @throws InvalidValueException {@link ValueError#BED_BAND_FORMAT} naming the input, also for an empty band
     *                               ({@code 0床未満}, {@code 99～20床})
     */
    public static BedBand parse(CharSequence text) {
        String label = Text.nfkcTrim(Objects.requireNonNull(text, "text"));
        String s = Text.compact(text).replace("〜", "~").replace("～", "~");
        Matcher m;
        try {
            if ((m = RANGE.matcher(s)).matches()) {
                return new BedBand(label, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = AT_LEAST.matcher(s)).matches()) {
                return new BedBand(label, Integer.parseInt(m.group(1)), Integer.MAX_VALUE);
            }
            if ((m = MORE_THAN.matcher(s)).matches()) {
                return new BedBand(label, Integer.parseInt(m.group(1)) + 1, Integer.MAX_VALUE);
            }
            if ((m = AT_MOST.matcher(s)).matches()) {
                return new BedBand(label, 0, Integer.parseInt(m.group(1)));
            }
            if ((m = LESS_THAN.matcher(s)).matches()) {
                return new BedBand(label, 0, Integer.parseInt(m.group(1)) - 1);
            }
            if ((m = UP_TO.matcher(s)).matches()) {
                return new BedBand(label, 0, Integer.parseInt(m.group(1)));
            }
            if ((m = FROM.matcher(s)).matches()) {
                return new BedBand(label, Integer.parseInt(m.group(1)), Integer.MAX_VALUE);
            }
            if ((m = NAMED.matcher(s)).matches()) {
                BedBand inner = parse(m.group(1));
                return new BedBand(label, inner.minBeds(), inner.maxBeds());
            }
            if ((m = BOUNDED.matcher(s)).matches()) {
                int low = Integer.parseInt(m.group(1));
                int high = Integer.parseInt(m.group(3));
                return new BedBand(label, "超".equals(m.group(2)) ? low + 1 : low,
                        "未満".equals(m.group(4)) ? high - 1 : high);
            }
        } catch (NumberFormatException | InvalidValueException e) {
            throw new InvalidValueException(ValueError.BED_BAND_FORMAT, text);
        }
        throw new InvalidValueException(ValueError.BED_BAND_FORMAT, text);
    }

    /** Whether {@code beds} lies in this band. */
    public boolean contains(int beds) {
        return beds >= minBeds && beds <= maxBeds;
    }

    @Override
    public String toString() {
        return label;
    }
}

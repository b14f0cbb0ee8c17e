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
    private static final Set<String> PLACEHOLDERS = Set.of("入力不要", "-", "ー", "―", "‐", "/", "／", "－", "対象外");

    private static final LocalizedMessages VALUE_MESSAGES =
            LocalizedMessages.of("io.github.medsecforms.model.value.messages", InvalidValueException.class);

    private final boolean date1904;
    /** {@link Choices#fromLabel} by choice type and text, for this read: choice columns repeat their values. */
    private final Map<Class<?>, Map<String, Optional<?>>> choices = new HashMap<>();

    CellConverter(boolean date1904) {
        this.date1904 = date1904;
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
            case CHOICE:
                return choice(trimmed, field);
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
                if (number) {
                    return Converted.of(JapaneseDates.fromExcelSerial(cell.number(), date1904));
                }
                return Converted.of(JapaneseDates.parse(nfkc));
            case HOSPITAL_CODE:
                return Converted.of(HospitalCode.parse(number ? pad(nfkc, 10) : nfkc));
            case POSTAL_CODE:
                return Converted.of(PostalCode.parse(number ? pad(nfkc, 7) : nfkc));
            case PHONE_NUMBER:
                return Converted.of(PhoneNumber.parse(number && !nfkc.startsWith("0") ? "0" + nfkc : nfkc));
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
                return Converted.of(BedBand.parse(trimmed));
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Converted choice(String text, FieldDescriptor field) {
        Class<?> type = field.javaType();
        Map<String, Optional<?>> byText = choices.computeIfAbsent(type, t -> new HashMap<>());
        Optional<?> found = byText.get(text);
        if (found == null) {
            found = Choices.fromLabel((Class) type, text);
            byText.put(text, found);
        }
        if (found.isPresent()) {
            return Converted.of(found.get());
        }
        String choices = String.join("、", field.choices());
        InvalidValueException e = new InvalidValueException(ValueError.CHOICE_UNKNOWN, text, choices);
        return Converted.problem(e.code(), e.getMessage(Locale.JAPANESE), e.getMessage(Locale.ENGLISH));
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

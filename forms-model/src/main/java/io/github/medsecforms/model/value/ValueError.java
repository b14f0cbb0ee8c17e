package io.github.medsecforms.model.value;

/**
 * Coded reasons a value cannot be parsed. Codes are stable once published; messages live in the bundle
 * {@code io.github.medsecforms.model.value.messages} (Japanese base, English {@code _en}).
 */
public enum ValueError {
    HOSPITAL_CODE_FORMAT("MSF-VAL-0101"),
    HOSPITAL_CODE_PREFECTURE("MSF-VAL-0102"),
    HOSPITAL_CODE_TABLE("MSF-VAL-0103"),
    HOSPITAL_CODE_CHECK_DIGIT("MSF-VAL-0104"),
    /** A 7-digit code whose prefecture is not known, so it cannot be expanded to ten digits. */
    HOSPITAL_CODE_SHORT("MSF-VAL-0105"),
    POSTAL_CODE_FORMAT("MSF-VAL-0201"),
    PHONE_NUMBER_FORMAT("MSF-VAL-0301"),
    EMAIL_ADDRESS_FORMAT("MSF-VAL-0401"),
    IPV4_ADDRESS_FORMAT("MSF-VAL-0501"),
    IPV4_CIDR_FORMAT("MSF-VAL-0502"),
    FQDN_FORMAT("MSF-VAL-0601"),
    DATE_FORMAT("MSF-VAL-0701"),
    DATE_IMPOSSIBLE("MSF-VAL-0702"),
    DATE_ERA("MSF-VAL-0703"),
    EXCEL_SERIAL("MSF-VAL-0704"),
    FISCAL_YEAR_FORMAT("MSF-VAL-0801"),
    PREFECTURE_UNKNOWN("MSF-VAL-0901"),
    BED_BAND_FORMAT("MSF-VAL-1001"),
    INTEGER_FORMAT("MSF-VAL-1101"),
    CHOICE_UNKNOWN("MSF-VAL-1201");

    private final String code;

    ValueError(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code MSF-VAL-0104}. */
    public String code() {
        return code;
    }
}

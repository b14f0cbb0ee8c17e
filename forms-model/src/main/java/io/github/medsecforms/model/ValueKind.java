package io.github.medsecforms.model;

/** What kind of value a field holds; decides how templates format it and how the reader converts a cell. */
public enum ValueKind {
    TEXT, INTEGER, DATE, CHOICE, BOOLEAN,
    HOSPITAL_CODE, POSTAL_CODE, PHONE_NUMBER, EMAIL_ADDRESS, IPV4_ADDRESS, IPV4_CIDR, FQDN,
    FISCAL_YEAR, PREFECTURE, BED_BAND, IMAGE, SECRET
}

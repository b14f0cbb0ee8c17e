package io.github.medsecforms.model.inspection;

/**
 * When 別紙1 (seed 001) asks a hospital for a document. Submitting any of them is voluntary (「提出は任意となりますが」,
 * 「写しの提供は医療機関側の任意とし」); these are the conditions under which the notice asks for it.
 */
public enum DocumentCondition {
    /** Asked of every hospital (documents 1, 3, 4, 5). */
    ASKED,
    /** Asked where the hospital has vendors of its information systems (document 2: 「委託事業者に対し、漏れなく」). */
    IF_VENDOR_CONTRACTS,
    /** Asked only if the hospital has made it (documents 6 and 7: 「作成していれば提出してください」). */
    IF_MADE
}

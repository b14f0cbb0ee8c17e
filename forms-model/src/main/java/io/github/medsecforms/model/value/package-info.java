/**
 * <b>Public API.</b> Value types with their own parsing and coded errors: 医療機関コード, 郵便番号, 電話番号,
 * メールアドレス, IPv4 addresses and CIDR (with classification), FQDN, dates in every notation the forms use,
 * 年度 (fiscal years), prefectures, bed bands, secrets and images. Parsers normalise full-width input (NFKC) and
 * throw {@link io.github.medsecforms.model.value.InvalidValueException} with a stable code and a message in
 * Japanese or English naming the input.
 */
package io.github.medsecforms.model.value;

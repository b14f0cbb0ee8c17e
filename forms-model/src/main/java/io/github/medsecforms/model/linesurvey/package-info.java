/**
 * <b>Public API.</b> Form {@code line-device-survey}: 別紙2-1 医療機関記入依頼書（回線・機器情報等記入）, its sheets, and the separate password list that is never submitted.
 */
package io.github.medsecforms.model.linesurvey;

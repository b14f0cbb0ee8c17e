/**
 * <b>Internal.</b> Writes findings into a copy of the user's own workbook with POI's usermodel (cell colours,
 * comments, the 検証結果 sheet with links, removal of password sheets). The public entry point is
 * {@link io.github.medsecforms.xlsx.WorkbookAnnotator}. Not API: may change in any release.
 */
package io.github.medsecforms.xlsx.internal.annotate;

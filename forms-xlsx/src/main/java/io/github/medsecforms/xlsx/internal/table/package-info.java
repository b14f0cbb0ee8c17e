/**
 * <b>Internal.</b> Writes the plain tables of {@link io.github.medsecforms.xlsx.TableWorkbook} with POI's streaming
 * workbook (SXSSF): header style, frozen header row, autofilter, fitted column widths, typed cells. Not API.
 */
package io.github.medsecforms.xlsx.internal.table;

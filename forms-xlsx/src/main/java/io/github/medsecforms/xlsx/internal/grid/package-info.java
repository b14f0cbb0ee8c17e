/**
 * <b>Internal.</b> The streaming cell grid: {@link io.github.medsecforms.xlsx.internal.grid.GridReader} unzips a
 * workbook (xlsx/xlsm) and parses its XML parts with a hardened StAX parser into a compact, immutable
 * {@link io.github.medsecforms.xlsx.internal.grid.Grid} of cell values, merged regions, pictures and text shapes per
 * sheet. Hostile or broken files are refused within bounded memory by a coded
 * {@link io.github.medsecforms.xlsx.internal.grid.GridException} (see {@link io.github.medsecforms.xlsx.ReadLimits}).
 * Not API: may change without notice; the label-driven locator and the mapper are its only consumers.
 */
package io.github.medsecforms.xlsx.internal.grid;

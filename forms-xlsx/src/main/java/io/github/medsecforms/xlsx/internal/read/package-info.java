/**
 * <b>Internal.</b> The label-driven workbook reader: finds fields by their labels and table columns by their header
 * text on a streaming cell grid, converts cells to model values, and records origins and findings. The public
 * entry point is {@link io.github.medsecforms.xlsx.FormReader}. Not API: may change without notice.
 */
package io.github.medsecforms.xlsx.internal.read;

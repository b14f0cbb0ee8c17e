/**
 * <b>Internal.</b> The label-driven workbook reader: finds fields by their labels and table columns by their header
 * text on a streaming cell grid, converts cells to model values, and records origins and findings.
 */
package io.github.medsecforms.io.internal.xlsx.read;

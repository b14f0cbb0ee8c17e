/**
 * <b>Public API.</b> Forms in Excel workbooks (module forms-xlsx: Apache POI, Woodstox and the project's own
 * streaming cell grid): {@link io.github.medsecforms.xlsx.FormReader} reads filled forms (.xlsx, .xlsm, legacy .xls)
 * into records with the cell of every value and every problem as a {@link io.github.medsecforms.model.Finding},
 * within {@link io.github.medsecforms.xlsx.ReadLimits}; {@link io.github.medsecforms.xlsx.Templates} and
 * {@link io.github.medsecforms.xlsx.FormWriter} write blank and filled ones; {@link io.github.medsecforms.xlsx.TableWorkbook}
 * writes plain tables (consolidated lists); {@link io.github.medsecforms.xlsx.WorkbookAnnotator} marks findings in a
 * copy of the user's workbook (password sheets removed); {@link io.github.medsecforms.xlsx.FormValues} reads a
 * form's values by model path as a workbook shows them. A workbook that cannot be read at all is a coded
 * {@link io.github.medsecforms.model.FormIoException}. Reading and validating in one step: the front door,
 * {@code io.github.medsecforms.MedsecForms}.
 */
package io.github.medsecforms.xlsx;

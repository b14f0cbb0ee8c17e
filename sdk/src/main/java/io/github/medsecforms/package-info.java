/**
 * <b>Public API.</b> The front door (module {@code medsec-forms}): {@link io.github.medsecforms.MedsecForms#checker}
 * reads a filled workbook and validates it in one step, giving one {@link io.github.medsecforms.validation.Report}
 * with read problems and rule findings alike; {@link io.github.medsecforms.WorkbookChecker} also checks a submission
 * package (a folder's or a zip's files). Depends on forms-xlsx and validation, and through them on forms-model.
 */
package io.github.medsecforms;

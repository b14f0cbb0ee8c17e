/**
 * <b>Public API.</b> Validation of forms (module validation: Hibernate Validator, inside the internal packages).
 * {@link io.github.medsecforms.validation.FormValidator} validates a form built in code or read from JSON, or a
 * {@link io.github.medsecforms.validation.SubmittedForm} (a form with its file, cells and read findings), and gives a
 * {@link io.github.medsecforms.validation.Report}: the field constraints and the rules of the form, as
 * {@link io.github.medsecforms.model.Finding}s ordered errors first, then by stage, rendered as text, JSON or TSV;
 * {@link io.github.medsecforms.validation.FormValidator#validatePackage} adds the checks across the forms of a
 * submission package ({@link io.github.medsecforms.validation.PackageReport}).
 * {@link io.github.medsecforms.validation.FieldValidator} checks the field constraints alone
 * ({@link io.github.medsecforms.validation.FieldViolation}: code {@code MSF-FLD-nnnn}, severity, model path, Japanese
 * label, message); {@link io.github.medsecforms.validation.RuleCatalogue} lists the rules. Reading and validating a
 * workbook in one step: the front door, {@code io.github.medsecforms.MedsecForms}.
 */
package io.github.medsecforms.validation;

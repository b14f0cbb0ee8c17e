/**
 * <b>Public API.</b> Annotations that carry a form's metadata on its records: the official sheet names, Japanese
 * labels, required marks, two-row header groups and table shape. Templates, the workbook reader, JSON Schema,
 * messages and documentation are all derived from them through {@link io.github.medsecforms.model.FormRegistry}.
 */
package io.github.medsecforms.model.meta;

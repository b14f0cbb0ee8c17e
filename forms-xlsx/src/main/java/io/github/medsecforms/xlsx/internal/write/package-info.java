/**
 * <b>Internal.</b> Writes form workbooks: the generic {@link io.github.medsecforms.xlsx.internal.write.Layout}
 * that places every field, table cell and drawing of a form from its metadata, and the
 * {@link io.github.medsecforms.xlsx.internal.write.WorkbookRenderer} that turns a layout into an xlsx file with
 * styles, dropdowns, protection and print setup. The public entry points are
 * {@link io.github.medsecforms.xlsx.Templates} and {@link io.github.medsecforms.xlsx.FormWriter}; the scheme is
 * documented in {@code docs/templates.md}. Not API: may change in any release.
 */
package io.github.medsecforms.xlsx.internal.write;

/**
 * <b>Internal.</b> Recognises a password list by what it holds — a header naming a password over filled cells, beside
 * an account or device column — whatever its sheet is called (docs/decisions.md D-41). Used by the reader (the
 * password list is reported and never read as part of a form) and by every output that copies a workbook (the
 * annotated copy drops such sheets). Not API: may change in any release.
 */
package io.github.medsecforms.xlsx.internal.credentials;

/**
 * <b>Examples</b> (not API): small programs that use only the public API of medsec-forms — reading and validating a
 * workbook, writing templates, JSON. Each is run by a test so that it cannot rot.
 */
package io.github.medsecforms.examples;

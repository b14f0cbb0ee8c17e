/**
 * <b>Public API.</b> Form {@code hospital-selection}: 支援対象病院の選定 別紙様式.
 */
package io.github.medsecforms.model.selection;

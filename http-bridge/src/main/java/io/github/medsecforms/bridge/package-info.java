/**
 * <b>Public API.</b> The local bridge: {@link io.github.medsecforms.bridge.WorkbookChecker} (read and validate a
 * workbook or a package in one step, shared with the command line).
 */
package io.github.medsecforms.bridge;

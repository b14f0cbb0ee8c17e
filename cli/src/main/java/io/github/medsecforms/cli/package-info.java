/**
 * <b>Public API.</b> The {@code medsec-forms} command line: {@link io.github.medsecforms.cli.Main} is the entry point
 * of the runnable jar and of the {@code ./medsec-forms} launcher. Everything else is in
 * {@code io.github.medsecforms.cli.internal}.
 *
 * <p>Exit codes: {@code 0} success; {@code 1} the input has validation errors (commands that validate);
 * {@code 2} usage error or unreadable input (unknown option, unknown form id, …); {@code 3} internal error.</p>
 */
package io.github.medsecforms.cli;

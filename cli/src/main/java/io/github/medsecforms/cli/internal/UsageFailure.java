package io.github.medsecforms.cli.internal;

/**
 * A command cannot run with what it was given (a layout profile that cannot be used, …): its message, already in
 * the run's language and coded, is printed on standard error and the run ends with {@link ExitCodes#USAGE} — never
 * as an internal error, never with a stack trace.
 */
final class UsageFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageFailure(String message) {
        super(message, null, false, false);
    }
}

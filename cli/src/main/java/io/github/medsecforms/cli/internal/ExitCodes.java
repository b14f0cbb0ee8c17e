package io.github.medsecforms.cli.internal;

/** The exit codes of every command; listed in the top command's help. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The input was read but has validation errors (commands that validate). */
    public static final int FINDINGS = 1;
    /** Usage error (unknown option or form id) or unreadable input. */
    public static final int USAGE = 2;
    /** An unexpected internal error: a bug. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}

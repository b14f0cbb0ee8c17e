package io.github.medsecforms.cli.internal;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every subcommand: access to the writers and the messages of the run's language. A subcommand's
 * {@link #call()} returns an exit code from {@link ExitCodes}.
 */
public abstract class CliCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Where results go. */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where error messages go. */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The messages in the language of this run. */
    protected Messages messages() {
        return ((TopCommand) spec.root().userObject()).messages();
    }

    /** The environment variables of this run. */
    protected Map<String, String> env() {
        return ((TopCommand) spec.root().userObject()).env();
    }
}

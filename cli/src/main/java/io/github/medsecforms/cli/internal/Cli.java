package io.github.medsecforms.cli.internal;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.UnmatchedArgumentException;

/** Assembles the picocli {@link CommandLine} of {@code medsec-forms} for one language and one pair of writers. */
public final class Cli {
    private Cli() {
    }

    /**
     * The command line, ready for {@link CommandLine#execute(String...)}: help and messages in {@code language},
     * results to {@code out}, errors to {@code err}, exit codes from {@link ExitCodes}.
     */
    public static CommandLine commandLine(Language language, PrintWriter out, PrintWriter err) {
        return commandLine(language, System.getenv(), out, err);
    }

    /** Like {@link #commandLine(Language, PrintWriter, PrintWriter)}, with the environment commands read. */
    public static CommandLine commandLine(Language language, Map<String, String> env, PrintWriter out, PrintWriter err) {
        Messages messages = Messages.of(language);
        CommandLine cl = new CommandLine(new TopCommand(messages, env));
        cl.setResourceBundle(messages.bundle());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(usageErrors(messages));
        cl.setExecutionExceptionHandler(internalErrors(messages));
        return cl;
    }

    private static IParameterExceptionHandler usageErrors(Messages messages) {
        return (ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println(messages.get("error.usage", ex.getMessage()));
            UnmatchedArgumentException.printSuggestions(ex, err);
            err.println(messages.get("error.usage.help", cmd.getCommandSpec().qualifiedName()));
            return ExitCodes.USAGE;
        };
    }

    private static IExecutionExceptionHandler internalErrors(Messages messages) {
        return (ex, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof UsageFailure usage) {
                err.println(usage.getMessage());
                return ExitCodes.USAGE;
            }
            err.println(messages.get("error.internal", String.valueOf(ex)));
            ex.printStackTrace(err);
            return ExitCodes.INTERNAL;
        };
    }

    /** Standard output with the console's encoding on Windows and UTF-8 everywhere else. */
    public static PrintWriter stdout() {
        return writer(System.out);
    }

    /** Standard error, encoded like {@link #stdout()}. */
    public static PrintWriter stderr() {
        return writer(System.err);
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, outputCharset()), true);
    }

    static Charset outputCharset() {
        Console console = System.console();
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        if (console != null && windows) {
            return console.charset();
        }
        return StandardCharsets.UTF_8;
    }
}

package io.github.medsecforms.cli;

import io.github.medsecforms.cli.internal.Cli;
import io.github.medsecforms.cli.internal.Language;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Entry point of the {@code medsec-forms} command line.
 *
 * <p>The language of help and messages is Japanese unless {@code --lang en} is given or the environment variable
 * {@code MEDSEC_FORMS_LANG} is {@code en}; the JVM's default locale never decides it. Exit codes are listed in
 * {@code medsec-forms --help} and in the package documentation.</p>
 */
public final class Main {
    private Main() {
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        quietLibraryLogging();
        PrintWriter out = Cli.stdout();
        PrintWriter err = Cli.stderr();
        int code = run(args, System.getenv(), out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * POI and PDFBox log through the Log4j API, which has no provider in the runnable jar and would print "Log4j API
     * could not find a logging provider" on standard error. Their logs are switched off (unless configured): problems
     * reach the user as coded messages, never as library log lines.
     */
    static void quietLibraryLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("log4j2.simplelogLevel") == null) {
            System.setProperty("log4j2.simplelogLevel", "OFF");
        }
    }

    /**
     * Runs the command line in-process without exiting the JVM.
     *
     * @param args the arguments, as on the command line
     * @param env  the environment ({@code MEDSEC_FORMS_LANG} and {@code MEDSEC_FORMS_FONT} are read from it)
     * @param out  where results and help go
     * @param err  where error messages go
     * @return the exit code: 0 success, 1 validation errors, 2 usage error or unreadable input, 3 internal error
     */
    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        int code = Cli.commandLine(Language.choose(args, env), env, out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }
}

package io.github.medsecforms.cli.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the CLI in-process through picocli and captures what it prints. */
record Run(int exitCode, String out, String err) {

    static Run of(String... args) {
        return withEnv(Map.of(), args);
    }

    static Run withEnv(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        int code = Cli.commandLine(Language.choose(args, env), env, o, e).execute(args);
        o.flush();
        e.flush();
        return new Run(code, out.toString(), err.toString());
    }
}

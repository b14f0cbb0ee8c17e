package io.github.medsecforms.cli.internal;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top command {@code medsec-forms}. Help texts come from the message bundle (keys {@code usage.*} and
 * {@code medsec-forms.*}); {@code --help} and {@code --version} are inherited by every subcommand.
 *
 * <p>Subcommands, each a {@link CliCommand} listed here: {@code forms}, {@code template}, {@code schema},
 * {@code validate}, {@code import}, {@code package}, {@code annotate}, {@code render} (and {@code serve}, the local bridge, planned).</p>
 */
@Command(name = "medsec-forms",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        subcommands = {
            FormsCommand.class,
            TemplateCommand.class,
            SchemaCommand.class,
            ValidateCommand.class,
            ImportCommand.class,
            PackageCommand.class,
            AnnotateCommand.class,
            RenderCommand.class,
            ReadCommand.class,
            ServeCommand.class,
            DocsCommand.class,
            HelpCommand.class,
        })
public final class TopCommand implements Callable<Integer> {
    private final Messages messages;
    private final Map<String, String> env;

    @Spec
    CommandSpec spec;

    /** Read before parsing by {@link Language#choose}; declared here so that picocli accepts and documents it. */
    @Option(names = "--lang", paramLabel = "ja|en", descriptionKey = "lang", scope = ScopeType.INHERIT)
    Language lang;

    public TopCommand(Messages messages) {
        this(messages, System.getenv());
    }

    /** With the environment variables commands read ({@code MEDSEC_FORMS_FONT}). */
    public TopCommand(Messages messages, Map<String, String> env) {
        this.messages = messages;
        this.env = Map.copyOf(env);
    }

    Messages messages() {
        return messages;
    }

    Map<String, String> env() {
        return env;
    }

    /** Without a subcommand: the help. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}

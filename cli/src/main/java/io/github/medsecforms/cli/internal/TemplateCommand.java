package io.github.medsecforms.cli.internal;

import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.InvalidValueException;
import io.github.medsecforms.xlsx.Templates;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medsec-forms template <form-id> [-o file] [--form-version R6] [--credentials] [--force]}: writes the blank
 * template of a form ({@code <form-id>.xlsx} by default). {@code template --all [-o folder]} writes the blank template
 * of every form, latest version, as {@code <form-id>.xlsx} in the folder (the current one by default); the
 * distribution zip's {@code templates/} folder is made so. With {@code --credentials} (line-device-survey only) it
 * writes the separate password-list workbook instead ({@code line-device-survey-credentials.xlsx}), which is never
 * submitted. An existing file is not overwritten without {@code --force}: it may be a filled form.
 */
@Command(name = "template", sortOptions = false)
public final class TemplateCommand extends CliCommand {
    static final String CREDENTIALS_OF = "line-device-survey";

    @Parameters(paramLabel = "<form-id>", arity = "0..1", descriptionKey = "template.id")
    String id;

    @Option(names = "--all", descriptionKey = "template.all")
    boolean all;

    @Option(names = {"-o", "--output"}, paramLabel = "<file.xlsx>", descriptionKey = "template.output")
    Path output;

    @Option(names = "--form-version", paramLabel = "<R6>", descriptionKey = "template.version")
    String version;

    @Option(names = "--credentials", descriptionKey = "template.credentials")
    boolean credentials;

    @Option(names = "--force", descriptionKey = "force")
    boolean force;

    @Override
    public Integer call() {
        Messages m = messages();
        if (all == (id != null) || all && (credentials || version != null)) {
            err().println(Coded.message(m, "MSF-CLI-0021"));
            return ExitCodes.USAGE;
        }
        if (all) {
            return writeAll(m);
        }
        Optional<FormDescriptor> form = FormRegistry.find(id);
        if (form.isEmpty()) {
            err().println(m.get("forms.unknown", id,
                    FormRegistry.forms().stream().map(FormDescriptor::id).collect(Collectors.joining(", "))));
            return ExitCodes.USAGE;
        }
        if (credentials && !id.equals(CREDENTIALS_OF)) {
            err().println(Coded.message(m, "MSF-CLI-0007", id));
            return ExitCodes.USAGE;
        }
        FiscalYear fy = form.get().latestVersion();
        if (version != null) {
            try {
                fy = FiscalYear.parse(version);
            } catch (InvalidValueException | IllegalArgumentException e) {
                fy = null;
            }
            if (fy == null || !form.get().supports(fy)) {
                err().println(Coded.message(m, "MSF-CLI-0011", id, version, form.get().versions().stream()
                        .map(FiscalYear::toString).collect(Collectors.joining(", "))));
                return ExitCodes.USAGE;
            }
        }
        Path target = output != null ? output
                : Path.of(credentials ? FormRegistry.credentialList().id() + ".xlsx" : id + ".xlsx");
        byte[] bytes = credentials ? Templates.credentialListTemplate() : Templates.template(id, fy);
        try {
            Output.refuseOverwrite(target, force, m);
            Output.write(target, bytes, m);
        } catch (Output.WriteFailure e) {
            err().println(e.getMessage());
            return ExitCodes.USAGE;
        }
        out().println(m.get(credentials ? "template.credentials.written" : "template.written", target,
                credentials ? FormRegistry.credentialList().title() : form.get().title(), fy));
        return ExitCodes.OK;
    }

    private int writeAll(Messages m) {
        Path dir = output != null ? output : Path.of("");
        for (FormDescriptor form : FormRegistry.forms()) {
            Path target = dir.resolve(form.id() + ".xlsx");
            try {
                Output.refuseOverwrite(target, force, m);
                Output.write(target, Templates.template(form.id(), form.latestVersion()), m);
            } catch (Output.WriteFailure e) {
                err().println(e.getMessage());
                return ExitCodes.USAGE;
            }
            out().println(m.get("template.written", target, form.title(), form.latestVersion()));
        }
        return ExitCodes.OK;
    }
}

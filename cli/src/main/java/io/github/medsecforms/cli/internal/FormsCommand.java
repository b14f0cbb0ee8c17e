package io.github.medsecforms.cli.internal;

import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medsec-forms forms [<form-id>] [--format text|json|markdown]}: the forms and their fields. */
@Command(name = "forms", sortOptions = false)
public final class FormsCommand extends CliCommand {
    @Parameters(arity = "0..1", paramLabel = "<form-id>", descriptionKey = "forms.id")
    String id;

    @Option(names = "--format", paramLabel = "text|json|markdown", defaultValue = "text",
            descriptionKey = "forms.format")
    OutputFormat format;

    @Override
    public Integer call() {
        if (id == null) {
            out().print(switch (format) {
                case TEXT -> new FormText(messages()).list(FormRegistry.forms());
                case JSON -> FormMetadataJson.list(FormRegistry.forms());
                case MARKDOWN -> new FormDocs().index(FormRegistry.forms());
            });
            return ExitCodes.OK;
        }
        Optional<FormDescriptor> form = FormRegistry.find(id);
        if (form.isEmpty()) {
            String known = FormRegistry.forms().stream().map(FormDescriptor::id).collect(Collectors.joining(", "));
            err().println(messages().get("forms.unknown", id, known));
            return ExitCodes.USAGE;
        }
        out().print(switch (format) {
            case TEXT -> new FormText(messages()).detail(form.get());
            case JSON -> FormMetadataJson.detail(form.get());
            case MARKDOWN -> new FormDocs().page(form.get());
        });
        return ExitCodes.OK;
    }
}

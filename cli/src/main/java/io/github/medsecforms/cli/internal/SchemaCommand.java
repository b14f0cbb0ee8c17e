package io.github.medsecforms.cli.internal;

import io.github.medsecforms.json.FormSchemas;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code medsec-forms schema <form-id>}: prints the JSON Schema (Draft 2020-12) of a form's JSON document. */
@Command(name = "schema")
public final class SchemaCommand extends CliCommand {
    @Parameters(paramLabel = "<form-id>", descriptionKey = "schema.id")
    String id;

    @Override
    public Integer call() {
        if (FormRegistry.find(id).isEmpty()) {
            err().println(messages().get("forms.unknown", id,
                    FormRegistry.forms().stream().map(FormDescriptor::id).collect(Collectors.joining(", "))));
            return ExitCodes.USAGE;
        }
        out().print(FormSchemas.jsonSchema(id));
        return ExitCodes.OK;
    }
}

package io.github.medsecforms.json;

import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.testing.SampleForms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (exec-maven-plugin, phase {@code process-test-classes}): writes {@code docs/examples/<form-id>.json},
 * the fully populated sample of every form ({@link SampleForms#full}) as {@link FormJson} writes it. Lives in the
 * tests because the samples come from forms-model's test-jar; {@link GeneratedDocumentsTest} checks the
 * committed files against it.
 */
public final class ExampleDocuments {
    private ExampleDocuments() {
    }

    /** The example document of a form, with a final line break. */
    public static String render(String formId) {
        return FormJson.write(SampleForms.full(formId)) + "\n";
    }

    /** {@code <form-id>.json}. */
    public static String fileName(String formId) {
        return formId + ".json";
    }

    /** @param args the output directory, e.g. {@code docs/examples} */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ExampleDocuments <output directory>");
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (FormDescriptor form : FormRegistry.forms()) {
            Path file = dir.resolve(fileName(form.id()));
            String text = render(form.id());
            if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
        }
    }
}

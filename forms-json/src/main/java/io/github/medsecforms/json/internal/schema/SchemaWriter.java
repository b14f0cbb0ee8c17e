package io.github.medsecforms.json.internal.schema;

import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (exec-maven-plugin, phase {@code process-classes}): writes the JSON Schema of every form to
 * {@code <dir>/<form-id>.schema.json}, so the committed schemas are regenerated on every build and cannot drift.
 * Files whose content is unchanged are not touched.
 */
public final class SchemaWriter {
    private SchemaWriter() {
    }

    /** @param args the output directory, e.g. {@code docs/schemas} */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SchemaWriter <output directory>");
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        FormSchemaGenerator generator = new FormSchemaGenerator();
        for (FormDescriptor form : FormRegistry.forms()) {
            Path file = dir.resolve(fileName(form.id()));
            String text = generator.render(form);
            if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
        }
    }

    /** {@code <form-id>.schema.json}. */
    public static String fileName(String formId) {
        return formId + ".schema.json";
    }
}

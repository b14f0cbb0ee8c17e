package io.github.medsecforms.xlsx;

import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks.Options;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes what {@code scripts/make-libreoffice-fixtures.sh} hands to LibreOffice, for every form: {@code <id>.xlsx}
 * (our template filled with {@code SampleForms.full(id)}), {@code <id>-variant.xlsx} (the same form in the layout
 * {@link Options#EVERY_VARIATION} of {@link VariantWorkbooks}) and {@code <id>.json}, the model both were made from.
 * The script saves the workbooks with LibreOffice into {@code forms-xlsx/src/test/resources/fixtures/libreoffice/} and
 * copies the JSON beside them; {@link LibreOfficeFixturesTest} reads them.
 *
 * <p>Usage: {@code LibreOfficeFixtureSources <dir>}.</p>
 */
public final class LibreOfficeFixtureSources {
    private LibreOfficeFixtureSources() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/libreoffice-fixture-sources");
        Files.createDirectories(dir);
        for (FormDescriptor descriptor : FormRegistry.forms()) {
            String id = descriptor.id();
            Form form = SampleForms.full(id);
            Files.write(dir.resolve(id + ".xlsx"), FormWriter.fill(form).bytes());
            Files.write(dir.resolve(id + "-variant.xlsx"), VariantWorkbooks.write(form, Options.EVERY_VARIATION));
            Files.writeString(dir.resolve(id + ".json"), FormJson.write(form) + "\n", StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + dir.toAbsolutePath());
    }
}

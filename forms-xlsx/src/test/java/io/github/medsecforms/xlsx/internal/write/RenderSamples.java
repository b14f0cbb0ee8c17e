package io.github.medsecforms.xlsx.internal.write;

import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.xlsx.FormWriter;
import io.github.medsecforms.xlsx.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every template and the filled sample of every form into a directory, for looking at them (used by
 * {@code scripts/render-templates.sh}, which converts them to PDF and PNG with LibreOffice).
 *
 * <p>Usage: {@code RenderSamples <dir>}. Files: {@code <form-id>-<version>-template.xlsx},
 * {@code <form-id>-sample.xlsx}, {@code line-device-survey-credentials-template.xlsx} and {@code -sample.xlsx}.</p>
 */
public final class RenderSamples {
    private RenderSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/rendered");
        Files.createDirectories(dir);
        for (FormDescriptor form : FormRegistry.forms()) {
            for (FiscalYear version : form.versions()) {
                Files.write(dir.resolve(form.id() + "-" + version.code() + "-template.xlsx"),
                        Templates.template(form.id(), version));
            }
            Files.write(dir.resolve(form.id() + "-sample.xlsx"), FormWriter.fill(SampleForms.full(form.id())).bytes());
        }
        Files.write(dir.resolve("line-device-survey-credentials-template.xlsx"), Templates.credentialListTemplate());
        Files.write(dir.resolve("line-device-survey-credentials-sample.xlsx"),
                FormWriter.fillCredentials(SampleForms.credentialList()).bytes());
        System.out.println("wrote " + dir.toAbsolutePath());
    }
}

package io.github.medsecforms.cli.internal;

import io.github.medsecforms.pdf.PdfFont;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The font for PDF output: {@code --font}, else the environment variable {@value #ENV}, else the search of {@link PdfFont#locate}. */
final class Fonts {
    /** The environment variable naming the font file. */
    static final String ENV = "MEDSEC_FORMS_FONT";

    private Fonts() {
    }

    /** @throws io.github.medsecforms.model.FormIoException MSF-IO-0401 or MSF-IO-0402 */
    static PdfFont resolve(Path option, Map<String, String> env) {
        if (option != null) {
            return PdfFont.locate(Optional.of(option));
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return PdfFont.locate(Optional.of(Path.of(fromEnv.strip())));
        }
        return PdfFont.locate(Optional.empty());
    }
}

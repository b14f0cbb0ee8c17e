package io.github.medsecforms.validation;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.model.linesurvey.CredentialList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A form as it was submitted: the form, the file it came from, where its values were read from, what the reader
 * could not read (as findings of stage {@link Stage#TYPES} or {@link Stage#STRUCTURE}), and a password list found
 * alongside it (which must never be submitted; its content is never shown).
 *
 * @param form         the form
 * @param file         the file name, or empty
 * @param origins      model path → cell, or {@link Origins#empty()}
 * @param readFindings problems found while reading
 * @param credentials  a password list found in the same workbook, if any
 */
public record SubmittedForm(Form form, String file, Origins origins, List<Finding> readFindings,
                         Optional<CredentialList> credentials) {
    public SubmittedForm {
        Objects.requireNonNull(form, "form");
        file = file == null ? "" : file;
        origins = origins == null ? Origins.empty() : origins;
        readFindings = readFindings == null ? List.of() : List.copyOf(readFindings);
        credentials = credentials == null ? Optional.empty() : credentials;
    }

    /** A form built in code or read from JSON or XML: no file, no origins, nothing unread. */
    public static SubmittedForm of(Form form) {
        return new SubmittedForm(form, "", Origins.empty(), List.of(), Optional.empty());
    }
}

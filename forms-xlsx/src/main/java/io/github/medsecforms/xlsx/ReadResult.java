package io.github.medsecforms.xlsx;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.linesurvey.CredentialList;
import java.util.List;
import java.util.Optional;

/**
 * A form read from a workbook.
 *
 * @param form        the form, with every value that could be read
 * @param fileName    the file it came from, as the caller named it (may be empty)
 * @param origins     where each value came from (model path → sheet!cell)
 * @param findings    what could not be read, in reading order: findings of stage
 *                    {@link io.github.medsecforms.model.Stage#TYPES} (a value) or
 *                    {@link io.github.medsecforms.model.Stage#STRUCTURE} (a sheet, label, table or the version), each
 *                    naming the form and the file
 * @param credentials the password list, when the workbook carries one (it must never be submitted: validation
 *                    reports it; its passwords are {@link io.github.medsecforms.model.value.Secret}s and never printed)
 */
public record ReadResult(Form form, String fileName, Origins origins, List<Finding> findings,
                         Optional<CredentialList> credentials) {
    public ReadResult {
        fileName = fileName == null ? "" : fileName;
        findings = List.copyOf(findings);
    }

    /** The id of the form read, e.g. {@code line-device-survey}. */
    public String formId() {
        return FormRegistry.describe(form).id();
    }
}

package io.github.medsecforms.xlsx;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.linesurvey.CredentialList;
import java.time.LocalDateTime;
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
 * @param completedAt the survey tool's 完了時刻 (Microsoft Forms' completion time, local time as written) when the
 *                    submission was read from a row of the tool's export that has that column; what orders
 *                    resubmissions in a batch where the form carries no date (docs/batch.md). Not part of the form.
 */
public record ReadResult(Form form, String fileName, Origins origins, List<Finding> findings,
                         Optional<CredentialList> credentials, Optional<LocalDateTime> completedAt) {
    public ReadResult {
        fileName = fileName == null ? "" : fileName;
        findings = List.copyOf(findings);
        credentials = credentials == null ? Optional.empty() : credentials;
        completedAt = completedAt == null ? Optional.empty() : completedAt;
    }

    /** A form read from a workbook that is no survey tool's export (no completion time). */
    public ReadResult(Form form, String fileName, Origins origins, List<Finding> findings,
                      Optional<CredentialList> credentials) {
        this(form, fileName, origins, findings, credentials, Optional.empty());
    }

    /** The id of the form read, e.g. {@code line-device-survey}. */
    public String formId() {
        return FormRegistry.describe(form).id();
    }
}

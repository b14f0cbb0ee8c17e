package io.github.medsecforms.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.testing.SampleForms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link FormWriter} writes, {@link FormReader} reads back: the same form, without a finding. */
class WrittenFormsReadBackTest {

    @ParameterizedTest
    @ValueSource(strings = {"support-request", "hospital-selection", "line-device-survey", "backup-vpn-survey",
        "offline-backup-intent", "checklist-hospital", "checklist-vendor", "checklist-minimum", "inspection-documents"})
    void a_filled_workbook_reads_back_as_the_form_it_was_written_from(String id) {
        Form form = SampleForms.full(id);

        ReadResult read = FormReader.create().read(FormWriter.fill(form).bytes(), id + ".xlsx");

        assertThat(read.findings()).isEmpty();
        assertThat(read.formId()).isEqualTo(id);
        assertThat(read.form()).usingRecursiveComparison().isEqualTo(form);
    }
}

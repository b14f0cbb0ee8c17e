package io.github.medsecforms.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks.Options;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FormReaderTest {
    private final FormReader reader = FormReader.create();

    @Test
    void recognises_and_reads_every_form_without_being_told_which() {
        for (FormDescriptor form : FormRegistry.forms()) {
            var sample = SampleForms.full(form.id());
            ReadResult result = reader.read(VariantWorkbooks.write(sample, Options.PLAIN), form.id() + ".xlsx");
            assertThat(result.formId()).isEqualTo(form.id());
            assertThat(result.form()).isEqualTo(sample);
            assertThat(result.findings()).isEmpty();
            assertThat(result.credentials()).isEmpty();
        }
    }

    @Test
    void a_file_that_is_not_a_workbook_is_refused_with_a_coded_japanese_message_naming_the_file() {
        byte[] csv = "医療機関コード,病院名\n3410712362,岡山\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(csv, "回答.xlsx"))
                .isInstanceOfSatisfying(FormIoException.class, e -> {
                    assertThat(e.code()).isEqualTo("MSF-IO-1002");
                    assertThat(e.file()).contains("回答.xlsx");
                    assertThat(e.getMessage()).startsWith("MSF-IO-1002: ").contains("回答.xlsx");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("(file: 回答.xlsx)");
                });
    }

    @Test
    void a_workbook_of_another_form_is_refused_when_a_form_is_asked_for() {
        byte[] lds = VariantWorkbooks.write(SampleForms.lineDeviceSurvey(), Options.PLAIN);
        assertThatThrownBy(() -> reader.read(lds, "lds.xlsx", "support-request"))
                .isInstanceOfSatisfying(FormIoException.class, e -> {
                    assertThat(e.code()).isEqualTo("MSF-IO-2041");
                    assertThat(e.getMessage()).contains("support-request").contains("line-device-survey");
                });
    }

    @Test
    void a_workbook_that_is_no_form_at_all_is_refused() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("売上").createRow(0).createCell(0).setCellValue("四半期");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            assertThatThrownBy(() -> reader.read(out.toByteArray(), "sales.xlsx"))
                    .isInstanceOfSatisfying(FormIoException.class, e -> assertThat(e.code()).isEqualTo("MSF-IO-2040"));
        }
    }

    @Test
    void a_password_sheet_in_the_workbook_is_read_as_the_separate_credential_list_and_never_printed() throws Exception {
        byte[] lds = VariantWorkbooks.write(SampleForms.lineDeviceSurvey(), Options.PLAIN);
        byte[] credentials = VariantWorkbooks.write(SampleForms.credentialList(), Options.PLAIN);
        byte[] both;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(lds));
             XSSFWorkbook cred = new XSSFWorkbook(new ByteArrayInputStream(credentials))) {
            var from = cred.getSheetAt(0);
            var to = wb.createSheet(from.getSheetName());
            for (var row : from) {
                var r = to.createRow(row.getRowNum());
                for (var cell : row) {
                    r.createCell(cell.getColumnIndex()).setCellValue(cell.toString());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            both = out.toByteArray();
        }
        ReadResult result = reader.read(both, "lds.xlsx");
        assertThat(result.formId()).isEqualTo("line-device-survey");
        assertThat(result.form()).isEqualTo(SampleForms.lineDeviceSurvey());
        assertThat(result.credentials()).hasValueSatisfying(list -> assertThat(list.hasAnyPassword()).isTrue());
        assertThat(result.toString()).doesNotContain("secret");
    }
}

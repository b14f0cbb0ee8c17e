package io.github.medsecforms.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks.Options;
import io.github.medsecforms.xlsx.testing.XlsWorkbooks;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Legacy Excel 97–2003 workbooks (.xls) read to the same model as their xlsx twins. */
class LegacyXlsTest {
    private final FormReader reader = FormReader.create();

    static Stream<String> formIds() {
        return FormRegistry.forms().stream().map(FormDescriptor::id);
    }

    private static final Options[] LAYOUTS = {
        Options.PLAIN,
        Options.PLAIN.with(o -> new Options(2, 2, 1, true, true, true, true, true, 2, true, true, true, true)),
        Options.PLAIN.with(o -> new Options(0, 1, 0, false, false, false, false, false, 0, false, true, false, false)),
    };

    @ParameterizedTest
    @MethodSource("formIds")
    void every_form_in_every_layout_reads_from_xls_as_from_xlsx(String id) {
        Form sample = SampleForms.full(id);
        for (Options layout : LAYOUTS) {
            byte[] xlsx = VariantWorkbooks.write(sample, layout);
            ReadResult fromXlsx = reader.read(xlsx, id + ".xlsx");
            ReadResult fromXls = reader.read(XlsWorkbooks.fromXlsx(xlsx), id + ".xls");
            assertThat(fromXls.formId()).as(layout.toString()).isEqualTo(id);
            assertThat(fromXls.form()).as(layout.toString()).isEqualTo(fromXlsx.form());
            assertThat(fromXls.findings()).as(layout.toString()).isEqualTo(fromXlsx.findings());
            if (layout == Options.PLAIN) {
                assertThat(fromXls.form()).isEqualTo(sample);
                assertThat(fromXls.findings()).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void our_filled_template_saved_as_xls_reads_back_the_same_form(String id) {
        Form sample = SampleForms.full(id);
        ReadResult read = reader.read(XlsWorkbooks.fromXlsx(FormWriter.fill(sample).bytes()), id + ".xls");
        assertThat(read.formId()).isEqualTo(id);
        assertThat(read.findings()).isEmpty();
        assertThat(read.form()).isEqualTo(sample);
    }

    @Test
    void an_xls_that_is_no_form_is_not_recognised_like_any_other_workbook() throws Exception {
        byte[] xls;
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("売上").createRow(0).createCell(0).setCellValue("四半期");
            wb.write(out);
            xls = out.toByteArray();
        }
        FormIoException e = catchThrowableOfType(FormIoException.class, () -> reader.read(xls, "sales.xls"));
        assertThat(e.code()).isEqualTo("MSF-IO-2040");
    }

    @Test
    void an_ole2_file_without_a_workbook_is_refused_as_an_old_or_other_office_format() throws Exception {
        byte[] doc;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
            doc = out.toByteArray();
        }
        FormIoException e = catchThrowableOfType(FormIoException.class, () -> reader.read(doc, "renamed.xls"));
        assertThat(e.code()).isEqualTo("MSF-IO-1003");
        assertThat(e.getMessage()).contains("Excel 5.0/95");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("old format");
    }

    @Test
    void a_damaged_xls_is_refused_with_its_own_code() {
        byte[] xls = XlsWorkbooks.fromXlsx(VariantWorkbooks.write(SampleForms.full("support-request"), Options.PLAIN));
        byte[] damaged = java.util.Arrays.copyOf(xls, 1536); // header and a few sectors only
        FormIoException e = catchThrowableOfType(FormIoException.class, () -> reader.read(damaged, "cut.xls"));
        assertThat(e.code()).isEqualTo("MSF-IO-1018");
        assertThat(e.getMessage(Locale.ENGLISH)).contains(".xls");
    }
}

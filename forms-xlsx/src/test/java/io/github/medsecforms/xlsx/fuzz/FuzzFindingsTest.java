package io.github.medsecforms.xlsx.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.FormReader;
import io.github.medsecforms.xlsx.ReadResult;
import io.github.medsecforms.xlsx.hostile.HostileCorpus;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for the bugs the fuzzers found (docs/fuzzing.md). Each crashing input is also kept in its fuzz
 * test's inputs folder ({@code finding-*}), where Jazzer's regression mode replays it in every build.
 */
class FuzzFindingsTest {
    private final FormReader reader = FormReader.create();

    /** Finding 1: an .xls picture anchored at column −1 (row 65535) made the mapper ask for cell "A1" of (65535, −1). */
    @Test
    void an_xls_picture_anchored_outside_the_sheet_is_read_without_its_cell() throws IOException {
        byte[] xls;
        try (InputStream in = getClass().getResourceAsStream(
                "WorkbookReaderFuzzTestInputs/read/finding-1-xls-picture-anchor-column-minus-1.xls")) {
            xls = in.readAllBytes();
        }
        assertReadOrRefused(xls);
    }

    /**
     * Finding 1, the xlsx side: a picture whose anchor is no cell (an absolute anchor, or a {@code from} outside the
     * sheet, which the drawing parser turns into −1/−1) made the same call fail for the floor plan's image.
     */
    @Test
    void an_xlsx_picture_anchored_outside_the_sheet_is_read_without_its_cell() {
        byte[] xlsx = VariantWorkbooks.write(SampleForms.full("line-device-survey"), VariantWorkbooks.Options.PLAIN);
        Map<String, byte[]> parts = FuzzSupport.parts(xlsx);
        String drawing = new String(parts.get("xl/drawings/drawing1.xml"), StandardCharsets.UTF_8);
        String moved = drawing.replaceFirst("<xdr:col>\\d+</xdr:col>", "<xdr:col>-5</xdr:col>");
        assertThat(moved).isNotEqualTo(drawing);
        parts.put("xl/drawings/drawing1.xml", moved.getBytes(StandardCharsets.UTF_8));
        HostileCorpus.RawZip zip = new HostileCorpus.RawZip();
        parts.forEach((name, bytes) -> zip.add(name, bytes, true));

        ReadResult result = reader.read(zip.finish(), "lds.xlsx");
        assertThat(result.form()).isEqualTo(SampleForms.full("line-device-survey"));
    }

    /**
     * Finding 3: an .xls (its workbook stream fuzzed) whose table header has a placed column over a blank cell made the
     * table reader ask for the merged region of {@code Cell.BLANK}, which has no position.
     */
    @Test
    void a_table_header_over_a_blank_cell_is_read_or_refused_with_a_code() throws IOException {
        byte[] stream;
        try (InputStream in = getClass().getResourceAsStream(
                "XlsStreamFuzzTestInputs/xlsStream/finding-3-xls-blank-header-cell-region")) {
            stream = in.readAllBytes();
        }
        assertReadOrRefused(FuzzSupport.ole2(stream));
    }

    private void assertReadOrRefused(byte[] workbook) {
        try {
            reader.read(workbook, "finding.xls");
        } catch (FormIoException refused) {
            assertThat(refused.code()).startsWith("MSF-IO-");
        }
    }
}

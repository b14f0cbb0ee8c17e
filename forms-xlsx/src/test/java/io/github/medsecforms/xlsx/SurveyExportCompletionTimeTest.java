package io.github.medsecforms.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.offlinebackup.OfflineBackupIntent;
import io.github.medsecforms.model.testing.SampleForms;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The survey tool's 完了時刻 of a submission read from a Microsoft Forms export (one hospital a row under the tool's
 * header), kept beside the form for ordering resubmissions (docs/batch.md); real workbooks written with POI and read
 * back.
 */
class SurveyExportCompletionTimeTest {
    private static final List<String> HEADER = List.of("ID", "開始時刻", "完了時刻", "メール", "名前", "病院名", "患者数",
            "電子カルテのオフラインバックアップの現状", "本事業での支援の意向", "バックアップの保存先", "備考");

    /** A Forms export: a header row, then one row per answer; {@code completed} as a date cell or as text. */
    private static byte[] export(List<Object[]> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Sheet1");
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d h:mm:ss"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Object[] values = rows.get(r);
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < values.length; c++) {
                    Object v = values[c];
                    if (v instanceof LocalDateTime t) {
                        row.createCell(c).setCellValue(t);
                        row.getCell(c).setCellStyle(dateTime);
                    } else if (v instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Object[] answer(int id, Object completed, String hospital) {
        return new Object[] {id, "2024/8/20 9:00:00", completed, "anonymous", "", hospital, 1200,
                "オフラインバックアップ未実施", "サーバ・物品を年度内に調達して新設する", "院内の物理媒体", ""};
    }

    @Test
    void a_forms_export_row_gives_its_completion_time_from_a_date_cell() throws IOException {
        LocalDateTime at = LocalDateTime.of(2024, 8, 28, 17, 40, 5);
        ReadResult read = FormReader.create().read(export(List.<Object[]>of(answer(1, at, "サンプル総合病院"))),
                "forms.xlsx");
        assertThat(read.form()).isInstanceOf(OfflineBackupIntent.class);
        assertThat(((OfflineBackupIntent) read.form()).hospitalName()).isEqualTo("サンプル総合病院");
        assertThat(read.completedAt()).contains(at);
    }

    @Test
    void each_row_of_an_export_gives_its_own_completion_time_written_as_text() throws IOException {
        List<ReadResult> all = FormReader.create().readAll(export(List.of(
                answer(1, "2024/8/28 17:40:05", "サンプル総合病院"),
                answer(2, "2024/9/2 8:05", "みなと病院"))), "forms.xlsx");
        assertThat(all).extracting(ReadResult::completedAt).containsExactly(
                java.util.Optional.of(LocalDateTime.of(2024, 8, 28, 17, 40, 5)),
                java.util.Optional.of(LocalDateTime.of(2024, 9, 2, 8, 5)));
    }

    @Test
    void a_completion_time_that_is_no_date_is_left_out() throws IOException {
        ReadResult read = FormReader.create().read(export(List.<Object[]>of(answer(1, "不明", "サンプル総合病院"))),
                "forms.xlsx");
        assertThat(((OfflineBackupIntent) read.form()).hospitalName()).isEqualTo("サンプル総合病院");
        assertThat(read.completedAt()).isEmpty();
    }

    @Test
    void a_form_filled_in_its_own_layout_has_no_completion_time() {
        ReadResult read = FormReader.create().read(FormWriter.fill(SampleForms.offlineBackupIntent()).bytes(),
                "アンケート.xlsx");
        assertThat(read.form()).isEqualTo(SampleForms.offlineBackupIntent());
        assertThat(read.completedAt()).isEmpty();
    }
}

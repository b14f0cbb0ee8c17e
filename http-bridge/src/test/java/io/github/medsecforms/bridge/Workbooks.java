package io.github.medsecforms.bridge;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.linesurvey.SurveyWish;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.Ipv4Address;
import io.github.medsecforms.xlsx.FormWriter;
import io.github.medsecforms.xlsx.testing.Zips;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real workbooks: our templates filled by {@link FormWriter} with the sample forms, some with known errors. */
final class Workbooks {
    /** A password that must never appear in any answer. */
    static final String PASSWORD = "Zx9!secret-ROUTER";
    static final String PASSWORD_SHEET = "アカウント(ログインID)・パスワードリスト";

    private Workbooks() {
    }

    static byte[] filled(String formId) {
        return FormWriter.fill(SampleForms.full(formId)).bytes();
    }

    static byte[] filled(Form form) {
        return FormWriter.fill(form).bytes();
    }

    /**
     * The line and device survey with known errors: a private address as line 1's global IP (MSF-FLD-0001 at
     * lines[0].globalIpAddress) and a vulnerability scan requested on line 3, a closed network (LDS-005 at
     * lines[2].vulnerabilityScan).
     */
    static LineDeviceSurvey surveyWithErrors() {
        LineDeviceSurvey survey = Mutate.set(SampleForms.lineDeviceSurvey(), "lines[0].globalIpAddress",
                Ipv4Address.parse("192.168.10.1"));
        return Mutate.set(survey, "lines[2].vulnerabilityScan", SurveyWish.REQUESTED);
    }

    static byte[] withErrors() {
        return filled(surveyWithErrors());
    }

    /**
     * {@link #surveyWithErrors()} in a plain hand-made layout (forms-xlsx's {@code VariantWorkbooks}), as hospitals fill
     * the official form: exactly the intended findings (MSF-FLD-0001, LDS-004, LDS-005, and the LDS-010 reminder).
     */
    static byte[] handFilledWithErrors() {
        return io.github.medsecforms.xlsx.testing.VariantWorkbooks.write(surveyWithErrors(),
                io.github.medsecforms.xlsx.testing.VariantWorkbooks.Options.PLAIN);
    }

    /** The password list pasted into a workbook as a sheet of its own. */
    static byte[] withPasswordSheet(byte[] workbook) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            XSSFSheet sheet = wb.createSheet(PASSWORD_SHEET);
            String[][] rows = {{"メーカー", "機種名", "ログインID", "パスワード"}, {"Cisco", "C1111-4P", "admin", PASSWORD}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip(Map<String, byte[]> files) {
        return Zips.zip(files);
    }
}

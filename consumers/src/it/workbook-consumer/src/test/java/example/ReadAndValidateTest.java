package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.medsecforms.MedsecForms;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.validation.Report;
import io.github.medsecforms.xlsx.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example, run against the published artifacts: read a workbook, validate it, look at the report. */
class ReadAndValidateTest {
    @Test
    void a_blank_support_request_is_read_and_its_missing_answers_reported(@TempDir Path dir) throws Exception {
        Path workbook = Files.write(dir.resolve("support-request.xlsx"), Templates.template("support-request"));

        Report report = MedsecForms.checker(c -> c.asOf(LocalDate.of(2025, 3, 31))).check(workbook);

        assertEquals("support-request", report.formId());
        assertFalse(report.valid());
        assertTrue(report.count(Severity.ERROR) > 0);
        assertTrue(report.toText(Locale.JAPANESE).contains("エラーあり"));
        assertTrue(report.toJson(Locale.ENGLISH).contains("\"valid\" : false"));
    }
}

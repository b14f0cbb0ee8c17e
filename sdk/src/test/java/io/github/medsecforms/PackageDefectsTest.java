package io.github.medsecforms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.validation.PackageReport;
import io.github.medsecforms.xlsx.FormWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Issue 11, items 5 and 6: zips as Linux and Windows write them; a password list inside a package. */
class PackageDefectsTest {
    static final List<String> NAMES = List.of("別紙2-1_回線・機器情報.xlsx", "04_機器管理台帳.pdf", "readme.txt");

    /** A zip of {@code names}, names encoded in {@code charset}, with or without the language-encoding flag. */
    static byte[] zip(List<String> names, Charset charset, boolean flag) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, charset)) {
            for (String name : names) {
                out.putNextEntry(new ZipEntry(name));
                out.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        byte[] zip = bytes.toByteArray();
        // set or clear bit 11 (EFS, "names are UTF-8") in every local and central header, as other tools write it
        for (int i = 0; i + 10 < zip.length; i++) {
            int offset = -1;
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
                offset = i + 7;
            } else if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
                offset = i + 9;
            }
            if (offset > 0) {
                zip[offset] = (byte) (flag ? zip[offset] | 0x08 : zip[offset] & ~0x08);
            }
        }
        return zip;
    }

    @Test
    void zip_names_are_read_as_utf8_when_they_are_utf8_else_as_ms932_whatever_the_flag_says() throws Exception {
        byte[] infoZip = zip(NAMES, StandardCharsets.UTF_8, false);   // Info-ZIP on Linux
        byte[] flagged = zip(NAMES, StandardCharsets.UTF_8, true);    // 7-Zip, Java
        byte[] explorer = zip(NAMES, Charset.forName("MS932"), false); // Windows' Explorer

        for (byte[] zip : List.of(infoZip, flagged, explorer)) {
            assertThat(WorkbookChecker.unzip(zip)).extracting(WorkbookChecker.NamedFile::name).isEqualTo(NAMES);
        }
    }

    @Test
    void a_password_list_workbook_in_a_package_is_an_error_of_the_package_not_a_document() {
        byte[] passwords = FormWriter.fillCredentials(SampleForms.credentialList()).bytes();
        byte[] survey = FormWriter.fill(SampleForms.lineDeviceSurvey()).bytes();

        WorkbookChecker.PackageOutcome outcome = MedsecForms.checker().checkPackage(List.of(
                new WorkbookChecker.NamedFile("別紙2-1.xlsx", survey),
                new WorkbookChecker.NamedFile("パスワード.xlsx", passwords)));

        PackageReport report = outcome.report();
        assertThat(outcome.unreadable()).isEmpty();
        assertThat(report.valid()).isFalse();
        assertThat(report.crossForm().findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("PKG-012");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message(Locale.JAPANESE)).contains("パスワード.xlsx").contains("提出不要");
        });
        assertThat(report.toText(Locale.JAPANESE) + report.toJson(Locale.JAPANESE) + report.toTsv(Locale.ENGLISH))
                .doesNotContain("secret");
    }
}

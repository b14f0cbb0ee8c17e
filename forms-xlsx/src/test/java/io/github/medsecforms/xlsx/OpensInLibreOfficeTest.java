package io.github.medsecforms.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.testing.LibreOffice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * «The filled workbook opens in LibreOffice without repair»: the filled sample of every form, converted headless by
 * LibreOffice Calc to xlsx and to PDF (all nine in one soffice run per format), converts cleanly — exit code 0, no
 * error or repair message, a non-empty output — and the workbook LibreOffice saved reads back to the same model.
 *
 * <p>Needs LibreOffice: skipped locally without it, failed when {@code CI=true} ({@link LibreOffice#require()}).</p>
 */
class OpensInLibreOfficeTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    static Path dir;

    static LibreOffice.Conversion toXlsx;
    static LibreOffice.Conversion toPdf;

    static Stream<String> formIds() {
        return FormRegistry.forms().stream().map(FormDescriptor::id);
    }

    @BeforeAll
    static void convert_every_filled_sample() throws IOException {
        if (LibreOffice.find().isEmpty()) {
            return; // every test then says why it is skipped (or fails on CI), see requireLibreOffice
        }
        LibreOffice libreOffice = LibreOffice.require();
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new ArrayList<>();
        for (String id : formIds().toList()) {
            Path file = in.resolve(id + ".xlsx");
            Files.write(file, FormWriter.fill(SampleForms.full(id)).bytes());
            files.add(file);
        }
        toXlsx = libreOffice.convert(files, "xlsx", dir.resolve("xlsx"), TIMEOUT);
        toPdf = libreOffice.convert(files, "pdf", dir.resolve("pdf"), TIMEOUT);
    }

    @BeforeEach
    void requireLibreOffice() {
        LibreOffice.require();
    }

    @Test
    void libreoffice_converts_all_nine_without_error_or_repair() {
        for (LibreOffice.Conversion c : List.of(toXlsx, toPdf)) {
            assertThat(c.timedOut()).as("timed out after %s", TIMEOUT).isFalse();
            assertThat(c.exitCode()).as("exit code; stderr:%n%s", c.stderr()).isZero();
            assertThat(c.troubles()).as("error or repair messages on stderr").isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void the_filled_workbook_converts_to_pdf(String id) throws IOException {
        Path pdf = dir.resolve("pdf").resolve(id + ".pdf");
        assertThat(pdf).as("stdout:%n%s%nstderr:%n%s", toPdf.stdout(), toPdf.stderr()).isRegularFile();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(bytes.length).isGreaterThan(1000);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void the_workbook_libreoffice_saved_reads_back_to_the_same_model(String id) throws IOException {
        Path saved = dir.resolve("xlsx").resolve(id + ".xlsx");
        assertThat(saved).as("stdout:%n%s%nstderr:%n%s", toXlsx.stdout(), toXlsx.stderr()).isRegularFile();
        byte[] bytes = Files.readAllBytes(saved);
        assertThat(bytes).isNotEmpty();
        assertThat(LibreOffice.application(bytes)).as("saved by").startsWith("LibreOffice");
        Form form = SampleForms.full(id);

        ReadResult read = FormReader.create().read(bytes, id + ".xlsx");

        assertThat(read.formId()).isEqualTo(id);
        assertThat(read.findings()).as("findings").isEmpty();
        assertThat(read.form()).isEqualTo(form);
    }
}

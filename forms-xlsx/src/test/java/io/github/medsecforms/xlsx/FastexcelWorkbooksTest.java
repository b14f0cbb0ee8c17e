package io.github.medsecforms.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.testing.FormArbitraries;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.testing.FastexcelWorkbooks;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks.Options;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Workbooks written by another xlsx library than POI (fastexcel, {@link FastexcelWorkbooks}) in the label-driven
 * layouts of {@code VariantWorkbooks} read back to the same model, for every form.
 */
class FastexcelWorkbooksTest {
    private static final Options DATES_AS_SERIALS = new Options(0, 1, 0, false, false, false, false, false, 0, false,
            true, false, false);
    private final FormReader reader = FormReader.create();

    static Stream<Arguments> layouts() {
        return FormRegistry.forms().stream().map(FormDescriptor::id).flatMap(id -> Stream.of(
                Arguments.of(id, "plain", Options.PLAIN),
                Arguments.of(id, "numbers and dates as typed cells", DATES_AS_SERIALS),
                Arguments.of(id, "every variation", Options.EVERY_VARIATION)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("layouts")
    void a_workbook_written_by_fastexcel_reads_back_to_the_same_model(String id, String name, Options options) {
        Form form = SampleForms.full(id);
        byte[] workbook = FastexcelWorkbooks.write(form, options);

        ReadResult read = reader.read(workbook, id + ".xlsx");

        assertThat(read.formId()).isEqualTo(id);
        assertThat(read.findings()).as("findings").isEmpty();
        assertThat(read.form()).isEqualTo(FastexcelWorkbooks.carried(form));
    }

    @Property(tries = 20)
    void generated_forms_written_by_fastexcel_read_back_equal(@ForAll("anyForm") Form form) {
        byte[] workbook = FastexcelWorkbooks.write(form, DATES_AS_SERIALS);
        ReadResult read = reader.read(workbook, "generated.xlsx", FormRegistry.describe(form).id());
        assertThat(read.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(read.form()).isEqualTo(FastexcelWorkbooks.carried(form));
    }

    @Provide
    Arbitrary<Form> anyForm() {
        return FormArbitraries.anyForm();
    }

    @Test
    void the_fixture_really_is_written_the_fastexcel_way() {
        Map<String, String> parts = parts(FastexcelWorkbooks.write(SampleForms.full("line-device-survey"), DATES_AS_SERIALS));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(parts.get("docProps/app.xml")).contains("medsec-forms fixtures").doesNotContain("Apache POI");
        assertThat(sheet).contains("t=\"inlineStr\"").contains("t=\"s\"");
        assertThat(parts).doesNotContainKey("xl/calcChain.xml");
    }

    /**
     * The parts of a workbook, read from the zip's central directory: {@code ZipInputStream} refuses fastexcel's
     * streamed entries (sizes only in the data descriptor); the reader's own zip code must not.
     */
    private static Map<String, String> parts(byte[] workbook) {
        Map<String, String> parts = new HashMap<>();
        try {
            Path file = Files.createTempFile("fastexcel", ".xlsx");
            try (ZipFile zip = new ZipFile(Files.write(file, workbook).toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    parts.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }
}

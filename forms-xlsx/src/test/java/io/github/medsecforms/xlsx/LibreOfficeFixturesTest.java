package io.github.medsecforms.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.xlsx.testing.LibreOffice;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed workbooks saved by LibreOffice Calc ({@code src/test/resources/fixtures/libreoffice/}, made by
 * {@code scripts/make-libreoffice-fixtures.sh}) read back to the model they were made from, for every form: our
 * filled template and a {@code VariantWorkbooks} layout, both as LibreOffice writes xlsx (its own shared strings,
 * styles, number formats, drawings and relationships). Needs no LibreOffice at test time.
 */
class LibreOfficeFixturesTest {
    private static final String DIR = "/fixtures/libreoffice/";
    private final FormReader reader = FormReader.create();

    static Stream<Arguments> fixtures() {
        return FormRegistry.forms().stream().map(FormDescriptor::id)
                .flatMap(id -> Stream.of(Arguments.of(id, id + ".xlsx"), Arguments.of(id, id + "-variant.xlsx")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("fixtures")
    void a_workbook_saved_by_libreoffice_reads_back_to_the_model_it_was_made_from(String id, String file) {
        byte[] workbook = resource(file);
        assertThat(LibreOffice.application(workbook)).as("saved by").startsWith("LibreOffice");
        Form expected = FormJson.read(resource(id + ".json"));

        ReadResult read = reader.read(workbook, file);

        assertThat(read.formId()).isEqualTo(id);
        assertThat(read.findings()).as("findings").isEmpty();
        assertThat(read.form()).isEqualTo(expected);
    }

    private static byte[] resource(String name) {
        try (InputStream in = LibreOfficeFixturesTest.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + DIR + name + ": run scripts/make-libreoffice-fixtures.sh");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

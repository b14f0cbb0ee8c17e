package io.github.medsecforms.xlsx.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.medsecforms.model.FormIoException;

/**
 * Coverage-guided fuzzing of the workbook reader with Jazzer (docs/fuzzing.md). Any outcome other than a
 * {@link io.github.medsecforms.xlsx.ReadResult} or a {@link FormIoException} with a code and both messages is a
 * finding: Jazzer reports the exception and keeps the crashing input.
 *
 * <p>In a normal build ({@code mvn test}) Jazzer runs in regression mode: every seed in
 * {@code src/test/resources/io/github/medsecforms/xlsx/fuzz/WorkbookReaderFuzzTestInputs/read/} (the hostile corpus,
 * our filled templates and layout variants as xlsx and xls, past findings) is one test. With {@code JAZZER_FUZZ=1}
 * it fuzzes for {@code maxDuration} (or {@code -Djazzer.max_duration=…}).
 */
class WorkbookReaderFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void read(byte[] workbook) {
        FuzzSupport.read(workbook);
    }
}

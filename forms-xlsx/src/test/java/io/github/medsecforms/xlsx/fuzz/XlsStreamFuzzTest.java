package io.github.medsecforms.xlsx.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Structure-aware fuzzing of the legacy .xls reader (docs/fuzzing.md): the input is the {@code Workbook} stream of
 * an OLE2 compound file, i.e. the BIFF8 records POI's HSSF parses (mutating a whole .xls mostly breaks the compound
 * file's sector tables). The contract is the one of {@link WorkbookReaderFuzzTest}. Seeds:
 * {@code XlsStreamFuzzTestInputs/xlsStream/} (the workbook streams of every form's layout variant as .xls).
 */
class XlsStreamFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void xlsStream(byte[] workbookStream) {
        FuzzSupport.read(FuzzSupport.ole2(workbookStream));
    }
}

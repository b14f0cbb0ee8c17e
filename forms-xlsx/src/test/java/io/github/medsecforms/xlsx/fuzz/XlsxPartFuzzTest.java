package io.github.medsecforms.xlsx.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.medsecforms.xlsx.hostile.HostileCorpus;
import java.util.Map;

/**
 * Structure-aware fuzzing of the xlsx reader (docs/fuzzing.md): mutating a whole xlsx mostly breaks its deflate
 * streams, so this target replaces one XML part of a real filled workbook (the line and device survey: sheets,
 * shared strings, styles, drawings, relationships, content types) with the input, stored uncompressed. The contract
 * is the one of {@link WorkbookReaderFuzzTest}: a result or a coded {@code FormIoException}, nothing else. Seeds:
 * {@code XlsxPartFuzzTestInputs/xlsxPart/} (the same parts of the other forms' filled templates).
 */
class XlsxPartFuzzTest {
    /** The first byte picks the part (modulo the number of parts), the rest is the part's new content. */
    @FuzzTest(maxDuration = "2m")
    void xlsxPart(byte[] input) {
        if (input.length == 0) {
            return;
        }
        String target = FuzzSupport.Base.TARGETS.get((input[0] & 0xFF) % FuzzSupport.Base.TARGETS.size());
        byte[] part = java.util.Arrays.copyOfRange(input, 1, input.length);
        HostileCorpus.RawZip zip = new HostileCorpus.RawZip();
        for (Map.Entry<String, byte[]> e : FuzzSupport.Base.BASE.entrySet()) {
            zip.add(e.getKey(), e.getKey().equals(target) ? part : e.getValue(), false);
        }
        FuzzSupport.read(zip.finish());
    }
}

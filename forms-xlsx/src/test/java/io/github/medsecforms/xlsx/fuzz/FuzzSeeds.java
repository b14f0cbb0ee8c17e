package io.github.medsecforms.xlsx.fuzz;

import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.FormWriter;
import io.github.medsecforms.xlsx.hostile.HostileCorpus;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks;
import io.github.medsecforms.xlsx.testing.XlsWorkbooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the seed corpus of {@link WorkbookReaderFuzzTest} (run by {@code scripts/make-hostile-corpus.sh}): the
 * hostile corpus' committed cases up to 64 KiB, and for every form our filled template and a plain layout variant,
 * each as xlsx and as xls. Past findings are added by hand, named {@code finding-*}, and never rewritten here.
 */
public final class FuzzSeeds {
    static final int MAX_SEED = 64 * 1024;

    private FuzzSeeds() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0]
                : "forms-xlsx/src/test/resources/io/github/medsecforms/xlsx/fuzz/WorkbookReaderFuzzTestInputs/read");
        // XlsxPartFuzzTestInputs/xlsxPart and XlsStreamFuzzTestInputs/xlsStream beside it
        Files.createDirectories(dir);
        for (HostileCorpus.Case c : HostileCorpus.cases().values()) {
            byte[] bytes = c.committed() ? c.bytes().get() : null;
            if (bytes != null && bytes.length <= MAX_SEED && bytes.length > 0) {
                Files.write(dir.resolve("hostile-" + c.name()), bytes);
            }
        }
        Path base = dir.getParent().getParent(); // …/io/fuzz/ (dir is …/io/fuzz/WorkbookReaderFuzzTestInputs/read)
        Path parts = base.resolve("XlsxPartFuzzTestInputs/xlsxPart");
        Path streams = base.resolve("XlsStreamFuzzTestInputs/xlsStream");
        Files.createDirectories(parts);
        Files.createDirectories(streams);
        byte[] baseWorkbook = FuzzSupport.baseWorkbook();
        Files.write(base.resolve(FuzzSupport.BASE_RESOURCE), baseWorkbook);
        java.util.Map<String, byte[]> baseParts = FuzzSupport.parts(baseWorkbook);
        for (FormDescriptor form : FormRegistry.forms()) {
            byte[] other = FormWriter.fill(SampleForms.full(form.id())).bytes();
            for (var seed : FuzzSupport.xlsxPartSeeds(baseParts, form.id(), FuzzSupport.parts(other)).entrySet()) {
                Files.write(parts.resolve(seed.getKey()), seed.getValue());
            }
        }
        for (FormDescriptor form : FormRegistry.forms()) {
            Files.write(streams.resolve(form.id() + ".biff"), FuzzSupport.xlsStreamSeed(form.id()));
        }
        for (FormDescriptor form : FormRegistry.forms()) {
            byte[] filled = FormWriter.fill(SampleForms.full(form.id())).bytes();
            byte[] variant = VariantWorkbooks.write(SampleForms.full(form.id()), VariantWorkbooks.Options.PLAIN);
            Files.write(dir.resolve("template-" + form.id() + ".xlsx"), filled);
            Files.write(dir.resolve("variant-" + form.id() + ".xlsx"), variant);
            Files.write(dir.resolve("variant-" + form.id() + ".xls"), XlsWorkbooks.fromXlsx(variant));
        }
    }
}

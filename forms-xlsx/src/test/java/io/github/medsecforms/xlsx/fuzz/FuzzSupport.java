package io.github.medsecforms.xlsx.fuzz;

import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.FormReader;
import io.github.medsecforms.xlsx.FormWriter;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks;
import io.github.medsecforms.xlsx.testing.XlsWorkbooks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** What the structure-aware fuzz tests share: the base package, the OLE2 wrapper, the contract and the seeds. */
final class FuzzSupport {
    private FuzzSupport() {
    }

    static final String BASE_RESOURCE = "base-line-device-survey.xlsx";
    private static final FormReader READER = FormReader.create();

    /** The base package, loaded on first use (not when {@link FuzzSeeds} writes it). */
    static final class Base {
        /**
         * The base package's parts: our filled template of the line and device survey, committed beside this class
         * ({@link FuzzSeeds} writes it). Read from the resource rather than written here, so that POI's XSSF
         * (thousands of classes) is neither loaded nor instrumented in the fuzzing JVM.
         */
        static final Map<String, byte[]> BASE = parts(resource(BASE_RESOURCE));
        /** The parts a fuzz input may replace: the XML and relationships parts the reader reads, sorted. */
        static final List<String> TARGETS = targets(BASE);
    }

    static List<String> targets(Map<String, byte[]> base) {
        return base.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels"))
                .filter(n -> !n.startsWith("docProps/")).sorted().toList();
    }

    static void read(byte[] workbook) {
        try {
            READER.read(workbook, "fuzz.xlsx");
        } catch (FormIoException refused) {
            String code = refused.code();
            if (code == null || !code.startsWith("MSF-IO-") || !refused.getMessage().startsWith(code + ": ")
                    || !refused.getMessage(Locale.ENGLISH).startsWith(code + ": ")) {
                throw new AssertionError("refusal without a code and messages: " + code, refused);
            }
        }
    }

    /** An OLE2 compound file whose {@code Workbook} stream is {@code stream}. */
    static byte[] ole2(byte[] stream) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(stream), "Workbook");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code Workbook} stream of an .xls. */
    static byte[] workbookStream(byte[] xls) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(xls));
             InputStream in = fs.getRoot().createDocumentInputStream("Workbook")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] baseWorkbook() {
        return FormWriter.fill(SampleForms.full("line-device-survey")).bytes();
    }

    private static byte[] resource(String name) {
        try (InputStream in = FuzzSupport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing: run scripts/make-hostile-corpus.sh");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> parts(byte[] xlsx) {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /**
     * Seeds: for each target part of the base, the part of the same name from {@code other} (another form's
     * workbook), after its selector byte. (The base's own parts would all read as the base workbook, one coverage,
     * and libFuzzer would keep just one of them.) Named seed file → bytes.
     */
    static Map<String, byte[]> xlsxPartSeeds(Map<String, byte[]> base, String otherName, Map<String, byte[]> other) {
        Map<String, byte[]> seeds = new TreeMap<>();
        List<String> targets = targets(base);
        for (int i = 0; i < targets.size(); i++) {
            byte[] part = other.get(targets.get(i));
            if (part == null || java.util.Arrays.equals(part, base.get(targets.get(i)))) {
                continue;
            }
            byte[] seed = new byte[part.length + 1];
            seed[0] = (byte) i;
            System.arraycopy(part, 0, seed, 1, part.length);
            seeds.put(otherName + "-" + targets.get(i).replace('/', '_').replace("[", "").replace("]", ""), seed);
        }
        return seeds;
    }

    static byte[] xlsStreamSeed(String formId) {
        return workbookStream(XlsWorkbooks.fromXlsx(VariantWorkbooks.write(SampleForms.full(formId),
                VariantWorkbooks.Options.PLAIN)));
    }
}

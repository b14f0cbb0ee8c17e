package io.github.medsecforms.pdf;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.internal.io.IoFailure;
import io.github.medsecforms.pdf.internal.QrFinder;
import io.github.medsecforms.pdf.internal.ScanDecoder;
import io.github.medsecforms.pdf.internal.ScanPages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The QR codes on the pages of a scan: what a FAX server or a scanner makes of a printed form — a PDF (image pages,
 * rasterised at 200 dpi), a multi-page TIFF (CCITT G3/G4 and the other TIFF compressions), a PNG or a JPEG. Every
 * page is searched for every QR code on it; each code's bytes are kept with the page it is on ({@link #read}). Then
 * {@link #decode} puts the codes through {@link FaxPayload} and gives the one form's data they carry, or says with a
 * coded error naming the file and the pages why it does not — never a guess ({@code docs/fax.md}).
 *
 * <p>Hostile input is refused before it costs memory or time, with a coded {@link FormIoException}: a file over
 * {@link #MAX_BYTES} ({@code MSF-IO-0604}), more than {@link #MAX_PAGES} pages ({@code MSF-IO-0602}, counted before
 * any page is decoded), a page or an image a PDF page draws with more than {@link #MAX_PIXELS} pixels by its header
 * (a decompression bomb, {@code MSF-IO-0603}), anything that is no such file or is damaged ({@code MSF-IO-0601}).
 * Pages are decoded one at a time, a large page subsampled, so memory stays bounded whatever the file.</p>
 *
 * <pre>{@code
 * Scans.Scan scan = Scans.read(Path.of("fax-20250401-0930.tif"));
 * Scans.Payload payload = Scans.decode(scan);        // FormIoException if no complete form is on it
 * Form form = FormJson.read(payload.decoded().data()); // forms-json: the form's canonical JSON
 * payload.findings();                                  // pages without a code, unreadable or foreign codes
 * }</pre>
 */
public final class Scans {
    /** The most bytes a scan file may have: a 30-page TIFF G4 FAX is about 1 MB. */
    public static final long MAX_BYTES = ScanPages.MAX_BYTES;
    /** The most pages a scan may have. */
    public static final int MAX_PAGES = ScanPages.MAX_PAGES;
    /** The most pixels a page may have (an A3 page at 600 dpi has 70 million). */
    public static final long MAX_PIXELS = ScanPages.MAX_PIXELS;
    private static final List<String> EXTENSIONS = List.of(".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg");

    private Scans() {
    }

    /**
     * A scan searched.
     *
     * @param file  the file's name as the caller gave it
     * @param pages every page, in order, numbered from 1
     */
    public record Scan(String file, List<Page> pages) {
        public Scan {
            Objects.requireNonNull(file, "file");
            pages = List.copyOf(pages);
        }

        /** Whether some page writes text with fonts of its own: a PDF made on a computer, not a scan alone. */
        public boolean hasText() {
            return pages.stream().anyMatch(Page::text);
        }

        /** Every code of every page, in page order. */
        public List<byte[]> codes() {
            List<byte[]> all = new ArrayList<>();
            pages.forEach(p -> all.addAll(p.codes()));
            return all;
        }
    }

    /**
     * One page of a scan.
     *
     * @param number  1-based
     * @param codes   the bytes of each QR code read on the page, in reading order, each once (copies: changing one
     *                changes nothing here)
     * @param damaged whether the page shows a QR code that could not be read (its finder patterns are there, its data
     *                does not decode: torn, faded, smudged); false when a code was read or none is seen
     * @param text    whether the page writes text with fonts of its own (a PDF made on a computer, such as a printed
     *                form or a document of an inspection package), not an image a scanner or FAX made; always false
     *                for TIFF, PNG and JPEG
     */
    public record Page(int number, List<byte[]> codes, boolean damaged, boolean text) {
        public Page {
            codes = codes.stream().map(byte[]::clone).toList();
        }

        /** A page of images only. */
        public Page(int number, List<byte[]> codes, boolean damaged) {
            this(number, codes, damaged, false);
        }

        @Override
        public List<byte[]> codes() {
            return codes.stream().map(byte[]::clone).toList();
        }
    }

    /**
     * The form a scan carries, as its codes give it.
     *
     * @param file     the scan's name
     * @param decoded  the form's id, version and data ({@link FaxPayload#decode})
     * @param findings warnings for the official, each naming the file and the page (stage STRUCTURE):
     *                 {@code MSF-IO-0611} a page without a code (a cover sheet, a handwritten page: not imported),
     *                 {@code MSF-IO-0612} a page with a code that cannot be read, {@code MSF-IO-0613} a page with a QR
     *                 code that is no medsec-forms code (ignored)
     */
    public record Payload(String file, FaxPayload.Decoded decoded, List<Finding> findings) {
        public Payload {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(decoded, "decoded");
            findings = List.copyOf(findings);
        }
    }

    /**
     * The one form the codes of {@code scan} carry. Only complete codes make a form: a code missing, codes of two
     * forms, a newer encoding, a checksum that does not hold each stop it, naming the file and the pages.
     *
     * @throws FormIoException coded, naming the file ({@link FormIoException#file()}) and the pages:
     *                         {@code MSF-IO-0610} no page carries a medsec-forms code, {@code MSF-IO-0614} a code of a
     *                         newer encoding version, {@code MSF-IO-0615} codes of two different documents,
     *                         {@code MSF-IO-0616} codes missing, {@code MSF-IO-0617} codes that do not fit together;
     *                         each quotes the codec's own code ({@code MSF-IO-0410}–{@code 0416})
     */
    public static Payload decode(Scan scan) {
        Objects.requireNonNull(scan, "scan");
        try {
            ScanDecoder.Result r = ScanDecoder.decode(scan.file(), scan.pages().stream()
                    .map(p -> new ScanDecoder.PageCodes(p.number(), p.codes(), p.damaged())).toList());
            FaxPayload.Decoded decoded = new FaxPayload.Decoded(r.decoded().formId(), r.decoded().formVersion(),
                    r.decoded().data(), r.decoded().encodingVersion());
            return new Payload(scan.file(), decoded, r.findings());
        } catch (IoFailure f) {
            throw new FormIoException(f.error().code(), scan.file(), f.args(), f.getCause());
        }
    }

    /**
     * Whether a file name is one of a scan: {@code .pdf}, {@code .tif}, {@code .tiff}, {@code .png}, {@code .jpg},
     * {@code .jpeg} (any case). The content decides what it is: a {@code .tif} holding a PNG is read as a PNG.
     */
    public static boolean isScanName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    /**
     * The codes on every page of the scan at {@code file}; its name in messages is {@code file} as given.
     *
     * @throws FormIoException coded: {@code MSF-IO-0604} over {@link #MAX_BYTES} (before reading),
     *                         {@code MSF-IO-0001} if the file cannot be read, and as {@link #read(byte[], String)}
     */
    public static Scan read(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new FormIoException(IoError.SCAN_TOO_LARGE.code(), name, new Object[] {name, MAX_BYTES, size},
                        null);
            }
            return read(Files.readAllBytes(file), name);
        } catch (IOException e) {
            throw new FormIoException(IoError.IO_FAILURE.code(), name, new Object[] {name}, e);
        }
    }

    /**
     * The codes on every page of a scan.
     *
     * @param bytes    the file's bytes (PDF, TIFF, PNG or JPEG, told by their signature)
     * @param fileName the file's name, for messages
     * @throws FormIoException coded: {@code MSF-IO-0601} not such a file or damaged, {@code MSF-IO-0602} too many
     *                         pages, {@code MSF-IO-0603} a page too large, {@code MSF-IO-0604} too many bytes
     */
    public static Scan read(byte[] bytes, String fileName) {
        Objects.requireNonNull(bytes, "bytes");
        String name = Objects.requireNonNullElse(fileName, "");
        List<Page> pages = new ArrayList<>();
        try {
            ScanPages.pages(bytes, name, gray -> {
                QrFinder.Page found = QrFinder.find(gray);
                pages.add(new Page(gray.number(), found.codes(), found.damaged(), gray.text()));
            });
        } catch (IoFailure f) {
            throw new FormIoException(f.error().code(), name, f.args(), f.getCause());
        }
        return new Scan(name, pages);
    }
}

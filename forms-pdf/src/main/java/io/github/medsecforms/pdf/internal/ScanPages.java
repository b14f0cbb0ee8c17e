package io.github.medsecforms.pdf.internal;

import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.internal.io.IoFailure;
import io.github.medsecforms.model.internal.io.Localized;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.w3c.dom.Node;

/**
 * The pages of a scan as 8-bit gray images, one at a time and within limits: a PDF's pages rasterised by PDFBox's
 * {@link PDFRenderer} at {@link #PDF_DPI} dpi, gray; a TIFF's pages (CCITT G3/G4, LZW, …), a PNG or a JPEG decoded by
 * the JDK's ImageIO. Everything that could cost memory or time is checked from headers before anything is decoded:
 * the number of pages ({@link #MAX_PAGES}), the pixels of each page and of each image a PDF page draws
 * ({@link #MAX_PIXELS}). A page larger than {@link #DECODE_PIXELS} is decoded subsampled (a 600 dpi scan at 300 dpi),
 * so a page never takes more than about {@code DECODE_PIXELS} bytes of gray. Pixels that are not square (a FAX at
 * standard resolution: 204 × 98 dpi) are made square by repeating rows, from the resolution the file states.
 */
public final class ScanPages {
    /** The most pages a scan may have: a long checklist FAXed with a cover sheet has a few dozen. */
    public static final int MAX_PAGES = 200;
    /** The most pixels a page (or an image a PDF page draws) may declare: an A3 page at 600 dpi is 70 million. */
    public static final long MAX_PIXELS = 100_000_000L;
    /** Pages with more pixels than this are decoded subsampled: an A4 page at 400 dpi is 15.5 million. */
    public static final long DECODE_PIXELS = 16_000_000L;
    /** The resolution a PDF page is rasterised at: the FAX's 203 dpi, rounded. */
    public static final int PDF_DPI = 200;
    /** The most bytes a scan file may have (checked before it is read): a 30-page TIFF G4 FAX is about 1 MB. */
    public static final long MAX_BYTES = 30L << 20;
    private static final int MAX_FORM_DEPTH = 8;

    /** The kind of a scan, from its first bytes (never from its name). */
    public enum Kind { PDF, TIFF, PNG, JPEG }

    /**
     * A page decoded: 8-bit gray, row by row, {@code width × height} bytes; {@code text} when the page (of a PDF)
     * draws text with fonts of its own — a document made on a computer, not a page a scanner or FAX made.
     */
    public record Gray(int number, int width, int height, byte[] pixels, boolean text) {
        public Gray(int number, int width, int height, byte[] pixels) {
            this(number, width, height, pixels, false);
        }
    }

    private ScanPages() {
    }

    /**
     * The kind of {@code bytes} from its signature, or null if it is none of PDF, TIFF, PNG, JPEG.
     */
    public static Kind kind(byte[] bytes) {
        if (starts(bytes, '%', 'P', 'D', 'F', '-')) {
            return Kind.PDF;
        }
        if (starts(bytes, 'I', 'I', 42, 0) || starts(bytes, 'M', 'M', 0, 42)) {
            return Kind.TIFF;
        }
        if (starts(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Kind.PNG;
        }
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return Kind.JPEG;
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes the pages of {@code bytes} one after the other and hands each to {@code page}; returns the number of
     * pages. The limits are checked before a page is decoded.
     *
     * @throws IoFailure SCAN_UNREADABLE, SCAN_TOO_MANY_PAGES, SCAN_PAGE_TOO_LARGE, SCAN_TOO_LARGE
     */
    public static int pages(byte[] bytes, String file, Consumer<Gray> page) {
        if (bytes.length > MAX_BYTES) {
            throw IoFailure.of(IoError.SCAN_TOO_LARGE, file, MAX_BYTES, (long) bytes.length);
        }
        Kind kind = kind(bytes);
        if (kind == null) {
            throw unreadable(file, Localized.message("scan.reason.format"));
        }
        return kind == Kind.PDF ? pdf(bytes, file, page) : image(bytes, file, page);
    }

    private static IoFailure unreadable(String file, Localized reason) {
        return IoFailure.of(IoError.SCAN_UNREADABLE, file, reason);
    }

    private static IoFailure damaged(String file, Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (detail.length() > 200) {
            detail = detail.substring(0, 200) + "…";
        }
        return new IoFailure(IoError.SCAN_UNREADABLE, null, -1, -1, null, file,
                Localized.message("scan.reason.damaged", detail));
    }

    // ---------------------------------------------------------------- PDF

    private static int pdf(byte[] bytes, String file, Consumer<Gray> page) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes))) {
            int pages = document.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw IoFailure.of(IoError.SCAN_TOO_MANY_PAGES, file, MAX_PAGES, pages);
            }
            if (pages == 0) {
                throw unreadable(file, Localized.message("scan.reason.empty"));
            }
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < pages; i++) {
                PDPage p = document.getPage(i);
                PDRectangle box = p.getCropBox();
                long w = Math.round(box.getWidth() / 72.0 * PDF_DPI);
                long h = Math.round(box.getHeight() / 72.0 * PDF_DPI);
                if (w * h > MAX_PIXELS || w <= 0 || h <= 0) {
                    throw IoFailure.of(IoError.SCAN_PAGE_TOO_LARGE, file, i + 1, MAX_PIXELS, w, h);
                }
                checkImages(p.getResources(), file, i + 1, 0);
                // a page larger than DECODE_PIXELS at 200 dpi (A2 and up) is rendered at a lower resolution
                float scale = PDF_DPI / 72f;
                if (w * h > DECODE_PIXELS) {
                    scale *= (float) Math.sqrt((double) DECODE_PIXELS / (w * h));
                }
                BufferedImage image = renderer.renderImage(i, scale, ImageType.GRAY);
                Gray g = gray(i + 1, image);
                page.accept(new Gray(g.number(), g.width(), g.height(), g.pixels(), hasFonts(p.getResources(), 0)));
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw unreadable(file, Localized.message("scan.reason.encrypted"));
        } catch (IOException | RuntimeException e) {
            if (e instanceof IoFailure f) {
                throw f;
            }
            throw damaged(file, e);
        }
    }

    /** Refuses a page that draws an image (directly or in a form) with more pixels than the limit, before rendering. */
    private static void checkImages(PDResources resources, String file, int number, int depth) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                long w = image.getWidth();
                long h = image.getHeight();
                if (w * h > MAX_PIXELS || w < 0 || h < 0) {
                    throw IoFailure.of(IoError.SCAN_PAGE_TOO_LARGE, file, number, MAX_PIXELS, w, h);
                }
            } else if (x instanceof PDFormXObject form) {
                checkImages(form.getResources(), file, number, depth + 1);
            }
        }
    }

    /** Whether the resources (or a form's they draw) hold a font: the page writes text. */
    private static boolean hasFonts(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return false;
        }
        if (resources.getFontNames().iterator().hasNext()) {
            return true;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form && hasFonts(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- TIFF, PNG, JPEG

    private static int image(byte[] bytes, String file, Consumer<Gray> page) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable(file, Localized.message("scan.reason.format"));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                int number = 0;
                while (true) {
                    if (!exists(reader, number)) {
                        break;
                    }
                    if (number >= MAX_PAGES) {
                        throw IoFailure.of(IoError.SCAN_TOO_MANY_PAGES, file, MAX_PAGES, number + 1);
                    }
                    page.accept(decode(reader, number, file));
                    number++;
                }
                if (number == 0) {
                    throw unreadable(file, Localized.message("scan.reason.empty"));
                }
                return number;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IoFailure f) {
                throw f;
            }
            throw damaged(file, e);
        }
    }

    /** Whether the image {@code index} exists, reading its header only (never counting all pages first). */
    private static boolean exists(ImageReader reader, int index) throws IOException {
        try {
            reader.getWidth(index);
            return true;
        } catch (IndexOutOfBoundsException e) {
            return false;
        }
    }

    private static Gray decode(ImageReader reader, int index, String file) throws IOException {
        long w = reader.getWidth(index);
        long h = reader.getHeight(index);
        if (w * h > MAX_PIXELS || w <= 0 || h <= 0) {
            throw IoFailure.of(IoError.SCAN_PAGE_TOO_LARGE, file, index + 1, MAX_PIXELS, w, h);
        }
        // the stated resolution: a FAX at standard resolution has pixels twice as high as wide
        double aspect = aspect(reader.getImageMetadata(index));
        ImageReadParam param = reader.getDefaultReadParam();
        int sub = 1;
        while ((w / sub) * (h / sub) * Math.max(1, Math.round(aspect)) > DECODE_PIXELS) {
            sub++;
        }
        if (sub > 1) {
            param.setSourceSubsampling(sub, sub, 0, 0);
        }
        BufferedImage image = reader.read(index, param);
        Gray gray = gray(index + 1, image);
        int repeat = (int) Math.round(aspect);
        return repeat >= 2 && repeat <= 4 ? stretch(gray, repeat) : gray;
    }

    /**
     * How many times higher than wide a pixel is, from the standard metadata's pixel sizes (TIFF X/YResolution, PNG
     * pHYs, JPEG JFIF density); 1 when not stated.
     */
    static double aspect(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return 1;
        }
        try {
            Node root = metadata.getAsTree("javax_imageio_1.0");
            double horizontal = pixelSize(root, "HorizontalPixelSize");
            double vertical = pixelSize(root, "VerticalPixelSize");
            if (horizontal <= 0 || vertical <= 0 || Double.isNaN(horizontal) || Double.isNaN(vertical)) {
                return 1;
            }
            double aspect = vertical / horizontal;
            return aspect >= 1.5 && aspect <= 4.5 ? aspect : 1;
        } catch (RuntimeException e) {
            return 1; // metadata the plug-in cannot give as a tree: read the pixels as they are
        }
    }

    private static double pixelSize(Node node, String name) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeName().equals(name) && child instanceof IIOMetadataNode n) {
                try {
                    return Double.parseDouble(n.getAttribute("value"));
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
            double inner = pixelSize(child, name);
            if (inner != -1) {
                return inner;
            }
        }
        return -1;
    }

    /** Every row {@code repeat} times: square pixels from a FAX's tall ones. */
    private static Gray stretch(Gray g, int repeat) {
        byte[] out = new byte[g.width() * g.height() * repeat];
        for (int y = 0; y < g.height(); y++) {
            for (int r = 0; r < repeat; r++) {
                System.arraycopy(g.pixels(), y * g.width(), out, (y * repeat + r) * g.width(), g.width());
            }
        }
        return new Gray(g.number(), g.width(), g.height() * repeat, out);
    }

    /** Any image as 8-bit gray (drawn onto a gray image unless it already is one). */
    static Gray gray(int number, BufferedImage image) {
        BufferedImage gray = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = gray.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.setColor(java.awt.Color.WHITE); // transparent pixels count as paper
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        if (pixels.length != image.getWidth() * image.getHeight()) {
            // a sub-image sharing a larger raster: copy the rows out
            byte[] copy = new byte[image.getWidth() * image.getHeight()];
            gray.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), copy);
            pixels = copy;
        }
        return new Gray(number, image.getWidth(), image.getHeight(), pixels);
    }

    /** For messages: {@code 1, 3, 4}. */
    public static String pageList(List<Integer> pages) {
        List<String> s = new ArrayList<>();
        pages.forEach(p -> s.add(Integer.toString(p)));
        return String.join(", ", s).toLowerCase(Locale.ROOT);
    }
}

package io.github.medsecforms.pdf.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A FAX machine for tests: a PDF page rendered by PDFBox at a FAX resolution (standard 8 × 3.85 dots/mm, fine
 * 8 × 7.7), thresholded to 1 bit like a FAX, and the QR codes on it read back with ZXing as raw bytes. Shared with the
 * cli's round-trip tests through forms-pdf's test jar.
 */
public final class FaxRaster {
    /** 8 dots/mm across. */
    public static final float DPI_X = 8f * 25.4f;
    /** Standard resolution: 3.85 lines/mm. */
    public static final float STANDARD_Y = 3.85f * 25.4f;
    /** Fine resolution: 7.7 lines/mm. */
    public static final float FINE_Y = 7.7f * 25.4f;

    private FaxRaster() {
    }

    /** Page {@code pageIndex} as a FAX would send it: 1 bit per dot at dpiX × dpiY. */
    public static BufferedImage page(byte[] pdf, int pageIndex, float dpiX, float dpiY) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var box = doc.getPage(pageIndex).getMediaBox();
            int w = Math.round(box.getWidth() / 72f * dpiX);
            int h = Math.round(box.getHeight() / 72f * dpiY);
            BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = grey.createGraphics();
            g.setBackground(Color.WHITE); // PDFBox clears the page with the background colour
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            new PDFRenderer(doc).renderPageToGraphics(pageIndex, g, dpiX / 72f, dpiY / 72f);
            g.dispose();
            BufferedImage bits = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
            var in = grey.getRaster();
            var out = bits.getRaster();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setSample(x, y, 0, in.getSample(x, y, 0) < 128 ? 0 : 1);
                }
            }
            return bits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of pages of a PDF. */
    public static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The image with every line repeated {@code factor} times, as FAX viewers show standard resolution. */
    public static BufferedImage stretchRows(BufferedImage image, int factor) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight() * factor, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.setRGB(x, y, image.getRGB(x, y / factor));
            }
        }
        return out;
    }

    /** The raw bytes of every QR code ZXing finds on the image (none: an empty list). */
    public static List<byte[]> codes(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        List<byte[]> out = new ArrayList<>();
        try {
            for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap, hints)) {
                out.add(bytes(r));
            }
        } catch (NotFoundException none) {
            // no code
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static byte[] bytes(Result r) {
        Object segments = r.getResultMetadata() == null ? null
                : r.getResultMetadata().get(ResultMetadataType.BYTE_SEGMENTS);
        if (segments instanceof List<?> list && !list.isEmpty()) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            ((List<byte[]>) list).forEach(all::writeBytes);
            return all.toByteArray();
        }
        return r.getText().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Every code of every page at dpiX × dpiY, page by page (standard resolution read with its rows doubled). */
    public static List<List<byte[]>> codesPerPage(byte[] pdf, float dpiX, float dpiY) {
        List<List<byte[]>> pages = new ArrayList<>();
        for (int p = 0; p < pages(pdf); p++) {
            BufferedImage image = page(pdf, p, dpiX, dpiY);
            pages.add(codes(dpiY < 150 ? stretchRows(image, 2) : image));
        }
        return pages;
    }
}

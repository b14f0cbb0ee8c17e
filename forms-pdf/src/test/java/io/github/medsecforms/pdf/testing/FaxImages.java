package io.github.medsecforms.pdf.testing;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.Loader;

/**
 * What a FAX machine does to a printed page, for tests: QR codes of arbitrary bytes drawn with ZXing's
 * {@link QRCodeWriter}; a PDF rasterised by PDFBox at FAX resolutions (203 × 98 dpi standard, 203 × 196 dpi fine),
 * made 1-bit; degraded (skew, salt-and-pepper noise, a light vertical streak); and written as a FAX server or scanner
 * writes it — TIFF CCITT G3 (T.4) or G4 (T.6) with its resolution, PNG, JPEG at a quality, an image-only PDF. Real
 * files, made by the JDK's ImageIO and PDFBox.
 */
public final class FaxImages {
    /** A4 at 203 dpi: 1728 pixels wide (the FAX's line), 2376 high (297 mm). */
    public static final int A4_WIDTH = 1728;
    public static final int A4_HEIGHT_FINE = 2339;

    private FaxImages() {
    }

    /** A white page, {@code width × height}, 8-bit gray. */
    public static BufferedImage page(int width, int height) {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return page;
    }

    /** A4 at 203 × 196 dpi (FAX fine, square pixels), white. */
    public static BufferedImage a4() {
        return page(A4_WIDTH, A4_HEIGHT_FINE);
    }

    /** The QR code of {@code data} in byte mode (ISO-8859-1 keeps every byte), error correction M, without quiet zone. */
    public static BitMatrix qr(byte[] data) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.ISO_8859_1.name());
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        try {
            return new QRCodeWriter().encode(new String(data, StandardCharsets.ISO_8859_1),
                    com.google.zxing.BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Draws {@code code} on {@code page} at (x, y), each module {@code module} pixels, with a white quiet zone. */
    public static BufferedImage draw(BufferedImage page, BitMatrix code, int x, int y, int module) {
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(x - 4 * module, y - 4 * module, (code.getWidth() + 8) * module, (code.getHeight() + 8) * module);
        g.setColor(Color.BLACK);
        for (int my = 0; my < code.getHeight(); my++) {
            for (int mx = 0; mx < code.getWidth(); mx++) {
                if (code.get(mx, my)) {
                    g.fillRect(x + mx * module, y + my * module, module, module);
                }
            }
        }
        g.dispose();
        return page;
    }

    /** Some text-like marks, so that a page is not blank (lines of short black bars). */
    public static BufferedImage text(BufferedImage page, int y0, int lines, long seed) {
        Random random = new Random(seed);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        for (int l = 0; l < lines; l++) {
            int x = 100;
            while (x < page.getWidth() - 150) {
                int w = 10 + random.nextInt(30);
                g.fillRect(x, y0 + l * 40, w, 18);
                x += w + 6 + random.nextInt(10);
            }
        }
        g.dispose();
        return page;
    }

    /** Paints a white rectangle over a part of the page (a torn or folded corner, a smudge). */
    public static BufferedImage blank(BufferedImage page, int x, int y, int w, int h) {
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(x, y, w, h);
        g.dispose();
        return page;
    }

    /** Each page of a PDF rasterised by PDFBox at {@code xDpi × yDpi}, gray. */
    public static List<BufferedImage> rasterise(byte[] pdf, float xDpi, float yDpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            java.util.ArrayList<BufferedImage> pages = new java.util.ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                // rendered square at the higher resolution, then rows dropped to the lower: what the FAX's scanner does
                BufferedImage square = renderer.renderImageWithDPI(i, xDpi, ImageType.GRAY);
                pages.add(yDpi == xDpi ? square : scaleRows(square, yDpi / xDpi));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage scaleRows(BufferedImage image, float factor) {
        int h = Math.round(image.getHeight() * factor);
        BufferedImage out = new BufferedImage(image.getWidth(), h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, image.getWidth(), h, null);
        g.dispose();
        return out;
    }

    /** Turned by {@code degrees} about the centre, white where the page came from outside. */
    public static BufferedImage skew(BufferedImage image, double degrees) {
        BufferedImage out = page(image.getWidth(), image.getHeight());
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setTransform(AffineTransform.getRotateInstance(Math.toRadians(degrees), image.getWidth() / 2.0,
                image.getHeight() / 2.0));
        g.drawImage(gray(image), 0, 0, null);
        g.dispose();
        return out;
    }

    /** Salt and pepper: {@code fraction} of the pixels flipped to black or white at random. */
    public static BufferedImage noise(BufferedImage image, double fraction, long seed) {
        BufferedImage out = copy(gray(image));
        Random random = new Random(seed);
        long n = Math.round(out.getWidth() * (long) out.getHeight() * fraction);
        for (long i = 0; i < n; i++) {
            out.getRaster().setSample(random.nextInt(out.getWidth()), random.nextInt(out.getHeight()), 0,
                    random.nextBoolean() ? 0 : 255);
        }
        return out;
    }

    /** A light gray vertical streak {@code width} pixels wide at {@code x} (a dirty scanner glass). */
    public static BufferedImage streak(BufferedImage image, int x, int width) {
        BufferedImage out = copy(gray(image));
        for (int y = 0; y < out.getHeight(); y++) {
            for (int dx = 0; dx < width && x + dx < out.getWidth(); dx++) {
                int v = out.getRaster().getSample(x + dx, y, 0);
                out.getRaster().setSample(x + dx, y, 0, Math.max(0, v - 90));
            }
        }
        return out;
    }

    /** 1-bit, black below {@code threshold}. */
    public static BufferedImage binary(BufferedImage image) {
        BufferedImage g = gray(image);
        BufferedImage out = new BufferedImage(g.getWidth(), g.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < g.getHeight(); y++) {
            for (int x = 0; x < g.getWidth(); x++) {
                out.getRaster().setSample(x, y, 0, g.getRaster().getSample(x, y, 0) < 128 ? 0 : 1);
            }
        }
        return out;
    }

    /** The FAX degradation of the acceptance: skew, 1% noise, a streak, then 1-bit. */
    public static BufferedImage degrade(BufferedImage image, double skewDegrees, long seed) {
        BufferedImage skewed = skew(image, skewDegrees);
        BufferedImage noisy = noise(skewed, 0.01, seed);
        return binary(streak(noisy, image.getWidth() * 2 / 3, 3));
    }

    private static BufferedImage gray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), image.getType());
        out.setData(image.getData());
        return out;
    }

    // ---------------------------------------------------------------- files

    /** TIFF compressions a FAX server writes. */
    public enum Tiff {
        G3("CCITT T.4"), G4("CCITT T.6");

        final String compression;

        Tiff(String compression) {
            this.compression = compression;
        }
    }

    /**
     * A multi-page TIFF of 1-bit pages compressed as {@code compression}, stating {@code xDpi × yDpi} (a FAX at
     * standard resolution: 204 × 98).
     */
    public static byte[] tiff(List<BufferedImage> pages, Tiff compression, double xDpi, double yDpi) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                BufferedImage bits = page.getType() == BufferedImage.TYPE_BYTE_BINARY ? page : binary(page);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(compression.compression);
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(bits), param);
                resolution(meta, xDpi, yDpi);
                writer.writeToSequence(new IIOImage(bits, null, meta), param);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static void resolution(IIOMetadata meta, double xDpi, double yDpi) throws IOException {
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        IIOMetadataNode h = new IIOMetadataNode("HorizontalPixelSize");
        h.setAttribute("value", Double.toString(25.4 / xDpi));
        IIOMetadataNode v = new IIOMetadataNode("VerticalPixelSize");
        v.setAttribute("value", Double.toString(25.4 / yDpi));
        dimension.appendChild(h);
        dimension.appendChild(v);
        root.appendChild(dimension);
        meta.mergeTree("javax_imageio_1.0", root);
    }

    /** A PNG. */
    public static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    /** A JPEG at {@code quality} (0–100), gray. */
    public static byte[] jpeg(BufferedImage image, int quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            writer.write(null, new IIOImage(gray(image), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * An image-only PDF as a FAX server writes it: one A4 page per image, the image filling the page — CCITT G4
     * for a 1-bit image, JPEG for a gray one when {@code jpeg}, else lossless.
     */
    public static byte[] pdf(List<BufferedImage> pages, boolean jpeg) {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject x;
                if (image.getType() == BufferedImage.TYPE_BYTE_BINARY) {
                    x = CCITTFactory.createFromImage(doc, image);
                } else if (jpeg) {
                    x = JPEGFactory.createFromImage(doc, image, 0.6f);
                } else {
                    x = LosslessFactory.createFromImage(doc, image);
                }
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

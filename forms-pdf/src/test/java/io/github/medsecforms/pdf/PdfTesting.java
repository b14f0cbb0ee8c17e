package io.github.medsecforms.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads PDFs back with PDFBox: text, fonts, page count, and a page as PNG. */
final class PdfTesting {
    private PdfTesting() {
    }

    /** The font tests use: IPAex Gothic as installed by .ci/run (fonts-ipaexfont-gothic), or any usable one. */
    static PdfFont font() {
        return PdfFont.locate(Optional.empty());
    }

    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pageText(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts of every page, as PDFBox sees them. */
    static List<PDFont> fonts(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of Bézier curve operators ({@code c}) in the content of every page. */
    static int curves(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = 0;
            for (PDPage page : doc.getPages()) {
                PDFStreamParser parser = new PDFStreamParser(page);
                for (Object token : parser.parse()) {
                    if (token instanceof Operator op && op.getName().equals("c")) {
                        n++;
                    }
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage image(byte[] pdf, int pageIndex, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(pageIndex, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void png(byte[] pdf, int pageIndex, float dpi, Path file) {
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image(pdf, pageIndex, dpi), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

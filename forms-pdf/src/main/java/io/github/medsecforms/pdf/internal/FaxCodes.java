package io.github.medsecforms.pdf.internal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The QR codes printed for FAX (ZXing's {@link QRCodeWriter}; docs/fax.md, decisions D-68): every code of a document
 * has one QR version and error-correction level, so all are one size, and is drawn with modules of
 * {@link Spec#module()} points. The chosen spec survives FAX standard resolution (8 × 3.85 dots/mm) with margin:
 * measured by rendering pages at 203 × 98 dpi, 1-bit, and decoding them with ZXing (FaxCodesMeasurementTest).
 */
public final class FaxCodes {
    /**
     * QR version, error-correction level and module size in points.
     *
     * @param version QR version (1–40): the code is {@code 17 + 4 × version} modules wide
     * @param level   error correction
     * @param module  one module's side in PDF points
     */
    public record Spec(int version, ErrorCorrectionLevel level, float module) {
        /** Modules across, without the quiet zone. */
        public int modules() {
            return 17 + 4 * version;
        }

        /** The code's side in points, without the quiet zone. */
        public float side() {
            return modules() * module;
        }

        /** The quiet zone's width in points (4 modules, as the standard asks). */
        public float quiet() {
            return 4 * module;
        }

        /**
         * The most bytes one code holds: the version's data codewords less byte mode's header (4-bit mode, the
         * ECI segment naming ISO-8859-1 — 12 bits — and an 8- or 16-bit count).
         */
        public int capacity() {
            Version v = Version.getVersionForNumber(version);
            int data = v.getTotalCodewords() - v.getECBlocksForLevel(level).getTotalECCodewords();
            int countBits = version < 10 ? 8 : 16;
            return (data * 8 - 4 - 12 - countBits) / 8;
        }
    }

    /** The spec of printed forms: measured, see D-68. */
    public static final Spec PRINTED = new Spec(10, ErrorCorrectionLevel.M, 2.0f);

    private FaxCodes() {
    }

    /** The QR code of one chunk, as modules (no quiet zone). */
    public static BitMatrix matrix(byte[] chunk, Spec spec) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.ISO_8859_1.name());
        hints.put(EncodeHintType.ERROR_CORRECTION, spec.level());
        hints.put(EncodeHintType.QR_VERSION, spec.version());
        hints.put(EncodeHintType.MARGIN, 0);
        String content = new String(chunk, StandardCharsets.ISO_8859_1);
        try {
            return new QRCodeWriter().encode(content, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("a chunk of " + chunk.length + " bytes does not fit " + spec, e);
        }
    }

    /** Draws a code's dark modules as filled rectangles (one per horizontal run) with its top-left at x, y. */
    static void draw(Canvas c, BitMatrix m, float x, float y, float module) {
        c.modules(m, x, y, module);
    }
}

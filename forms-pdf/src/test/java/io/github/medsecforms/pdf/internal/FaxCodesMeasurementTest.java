package io.github.medsecforms.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.github.medsecforms.pdf.PdfFont;
import io.github.medsecforms.pdf.testing.FaxRaster;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The measurement behind {@link FaxCodes#PRINTED} (D-68): codes of several versions, levels and module sizes drawn
 * on a page at several sub-dot offsets, rendered at FAX standard resolution (203 × 98 dpi) and fine (203 × 196),
 * 1-bit, and read back with ZXing. Prints the table; asserts that the chosen spec reads at every offset.
 */
class FaxCodesMeasurementTest {
    private static final float[] OFFSETS = {0f, 0.23f, 0.51f, 0.77f};

    /** How many of the offsets read back, at standard resolution as sent (raw) and rows doubled, and at fine. */
    record Score(int raw, int doubled, int fine) {
    }

    static Score measure(FaxCodes.Spec spec) {
        Random random = new Random(spec.version() * 31L + spec.level().ordinal());
        byte[] chunk = new byte[spec.capacity()];
        random.nextBytes(chunk);
        var matrix = FaxCodes.matrix(chunk, spec);
        byte[] pdf;
        try (Canvas c = Canvas.open(PdfFont.locate(Optional.empty()).file(), "measure")) {
            for (float offset : OFFSETS) {
                c.newPage();
                FaxCodes.draw(c, matrix, 100 + offset * 7, 300 + offset * 9, spec.module());
            }
            pdf = c.finish("", false);
        }
        int raw = 0;
        int doubled = 0;
        int fine = 0;
        for (int p = 0; p < OFFSETS.length; p++) {
            BufferedImage standard = FaxRaster.page(pdf, p, FaxRaster.DPI_X, FaxRaster.STANDARD_Y);
            raw += reads(FaxRaster.codes(standard), chunk);
            doubled += reads(FaxRaster.codes(FaxRaster.stretchRows(standard, 2)), chunk);
            fine += reads(FaxRaster.codes(FaxRaster.page(pdf, p, FaxRaster.DPI_X, FaxRaster.FINE_Y)), chunk);
        }
        return new Score(raw, doubled, fine);
    }

    private static int reads(List<byte[]> codes, byte[] chunk) {
        return codes.size() == 1 && java.util.Arrays.equals(codes.get(0), chunk) ? 1 : 0;
    }

    @Test
    void the_printed_spec_reads_at_fax_standard_and_fine_resolution_at_every_offset() {
        Score score = measure(FaxCodes.PRINTED);

        assertThat(score.doubled()).isEqualTo(OFFSETS.length);
        assertThat(score.fine()).isEqualTo(OFFSETS.length);
    }

    /** The table recorded in D-68 (run with -Dfax.measure=true). */
    @Test
    void measurement_table() {
        if (!Boolean.getBoolean("fax.measure")) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("version level module(pt) module(mm) side(mm) capacity(B) raw/4 doubled/4 fine/4");
        for (int version : new int[] {8, 10, 13}) {
            for (ErrorCorrectionLevel level : new ErrorCorrectionLevel[] {ErrorCorrectionLevel.L,
                    ErrorCorrectionLevel.M, ErrorCorrectionLevel.Q}) {
                for (float module : new float[] {1.25f, 1.5f, 1.75f, 2.0f, 2.5f}) {
                    FaxCodes.Spec spec = new FaxCodes.Spec(version, level, module);
                    Score s = measure(spec);
                    lines.add(String.format("%d %s %.2f %.2f %.1f %d %d %d %d", version, level, module,
                            module / 72 * 25.4, (spec.side()) / 72 * 25.4, spec.capacity(), s.raw(), s.doubled(),
                            s.fine()));
                }
            }
        }
        lines.forEach(System.out::println);
    }
}

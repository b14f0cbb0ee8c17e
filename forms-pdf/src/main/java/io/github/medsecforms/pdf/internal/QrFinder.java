package io.github.medsecforms.pdf.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.detector.Detector;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds every QR code on a page with ZXing and returns the bytes each carries (from
 * {@link ResultMetadataType#BYTE_SEGMENTS}: the raw bytes of byte mode, never text decoded in a guessed charset). The
 * page is read in every one of these passes, and the codes they find together are the page's: ZXing's multi-code QR reader with {@link HybridBinarizer} (local
 * thresholds, good for streaks and gray backgrounds); the same on the page cleaned by a 3 × 3 median (a FAX's
 * salt-and-pepper noise gone), then with {@link GlobalHistogramBinarizer} (one threshold, good for faint prints); the
 * page halved (a high-resolution scan whose modules are many pixels wide, speckled); and ZXing's
 * generic multiple reader, which cuts the page around each code it finds and looks again (only when no other pass found
 * a code: it is the slowest). All with
 * {@code TRY_HARDER}, never {@code PURE_BARCODE} (a scan is a page, not a code). Codes found by more than one pass
 * count once. When no pass finds a code, the page is asked whether it shows a QR code at all: three finder patterns
 * found but no data read means a damaged code ({@link Page#damaged()}), not a page without one.
 */
public final class QrFinder {
    private static final Map<DecodeHintType, Object> HINTS = new EnumMap<>(DecodeHintType.class);

    static {
        HINTS.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        HINTS.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
    }

    /** What a page shows: the codes read, in reading order, and whether a code was seen that could not be read. */
    public record Page(List<byte[]> codes, boolean damaged) {
    }

    private QrFinder() {
    }

    /** The codes on a gray page. */
    public static Page find(ScanPages.Gray page) {
        LuminanceSource source = new PlanarYUVLuminanceSource(page.pixels(), page.width(), page.height(), 0, 0,
                page.width(), page.height(), false);
        // every pass, every time: a page may hold several codes, and one pass may read some of them only
        List<byte[]> codes = new ArrayList<>();
        add(codes, multi(new BinaryBitmap(new HybridBinarizer(source))));
        ScanPages.Gray median = median(page);
        LuminanceSource clean = new PlanarYUVLuminanceSource(median.pixels(), median.width(), median.height(), 0, 0,
                median.width(), median.height(), false);
        List<Function<LuminanceSource, Binarizer>> binarizers =
                List.of(HybridBinarizer::new, GlobalHistogramBinarizer::new);
        for (Function<LuminanceSource, Binarizer> binarizer : binarizers) {
            add(codes, multi(new BinaryBitmap(binarizer.apply(clean))));
        }
        ScanPages.Gray half = half(median);
        if (half != null) {
            LuminanceSource small = new PlanarYUVLuminanceSource(half.pixels(), half.width(), half.height(), 0, 0,
                    half.width(), half.height(), false);
            add(codes, multi(new BinaryBitmap(new HybridBinarizer(small))));
        }
        if (!codes.isEmpty()) {
            return new Page(codes, false);
        }
        add(codes, generic(new BinaryBitmap(new HybridBinarizer(source))));
        if (!codes.isEmpty()) {
            return new Page(codes, false);
        }
        return new Page(List.of(), seen(new BinaryBitmap(new HybridBinarizer(source))));
    }

    private static Result[] multi(BinaryBitmap bitmap) {
        try {
            return new QRCodeMultiReader().decodeMultiple(bitmap, HINTS);
        } catch (NotFoundException e) {
            return new Result[0];
        }
    }

    private static Result[] generic(BinaryBitmap bitmap) {
        try {
            return new GenericMultipleBarcodeReader(new QRCodeReader()).decodeMultiple(bitmap, HINTS);
        } catch (NotFoundException e) {
            return new Result[0];
        }
    }

    /** Whether the page shows a QR code whose data cannot be read: it is detected, then fails its checksum or format. */
    private static boolean seen(BinaryBitmap bitmap) {
        try {
            new QRCodeReader().decode(bitmap, HINTS);
            return false; // read after all: the passes above would have found it
        } catch (ChecksumException | FormatException e) {
            return true;
        } catch (NotFoundException e) {
            try {
                new Detector(bitmap.getBlackMatrix()).detect(HINTS);
                return true; // three finder patterns and a grid, but no data
            } catch (ReaderException | RuntimeException again) {
                return false;
            }
        } catch (ReaderException | RuntimeException e) {
            return false;
        }
    }

    private static void add(List<byte[]> codes, Result[] results) {
        for (Result r : results) {
            byte[] bytes = bytes(r);
            if (codes.stream().noneMatch(c -> java.util.Arrays.equals(c, bytes))) {
                codes.add(bytes);
            }
        }
    }

    /** The bytes of a result: its byte segments joined; a code without byte mode (numeric, kanji) as its UTF-8 text. */
    @SuppressWarnings("unchecked")
    static byte[] bytes(Result r) {
        Map<ResultMetadataType, Object> meta = r.getResultMetadata();
        Object segments = meta == null ? null : meta.get(ResultMetadataType.BYTE_SEGMENTS);
        if (segments instanceof List<?> list && !list.isEmpty()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] segment : (List<byte[]>) list) {
                out.writeBytes(segment);
            }
            return out.toByteArray();
        }
        return r.getText() == null ? new byte[0] : r.getText().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The page with each pixel the median of its 3 × 3 neighbourhood: salt-and-pepper noise (a FAX line's flipped
     * pixels) gone, edges kept. A module sampled at a flipped pixel is a wrong bit; enough of them defeat the error
     * correction.
     */
    static ScanPages.Gray median(ScanPages.Gray g) {
        int w = g.width();
        int h = g.height();
        byte[] in = g.pixels();
        byte[] out = in.clone();
        int[] v = new int[9];
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int k = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int row = (y + dy) * w + x;
                    v[k++] = in[row - 1] & 0xFF;
                    v[k++] = in[row] & 0xFF;
                    v[k++] = in[row + 1] & 0xFF;
                }
                out[y * w + x] = (byte) median9(v);
            }
        }
        return new ScanPages.Gray(g.number(), w, h, out);
    }

    /** The median of nine values (insertion sort: nine is few). */
    private static int median9(int[] v) {
        for (int i = 1; i < 9; i++) {
            int x = v[i];
            int j = i - 1;
            while (j >= 0 && v[j] > x) {
                v[j + 1] = v[j];
                j--;
            }
            v[j + 1] = x;
        }
        return v[4];
    }

    /** The page at half its size (each pixel the mean of four), or null if it is already small. */
    private static ScanPages.Gray half(ScanPages.Gray g) {
        int w = g.width() / 2;
        int h = g.height() / 2;
        if (w < 400 || h < 400) {
            return null;
        }
        byte[] in = g.pixels();
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int r0 = 2 * y * g.width();
            int r1 = r0 + g.width();
            for (int x = 0; x < w; x++) {
                int sum = (in[r0 + 2 * x] & 0xFF) + (in[r0 + 2 * x + 1] & 0xFF) + (in[r1 + 2 * x] & 0xFF)
                        + (in[r1 + 2 * x + 1] & 0xFF);
                out[y * w + x] = (byte) (sum >> 2);
            }
        }
        return new ScanPages.Gray(g.number(), w, h, out);
    }
}

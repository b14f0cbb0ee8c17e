package io.github.medsecforms.xlsx.internal.grid;

import io.github.medsecforms.xlsx.ReadLimits;
import java.util.List;

/**
 * Benchmark access to the grid's zip layer ({@link ZipArchive}, package-private): open the archive in place and
 * inflate the named parts to their end, as the grid does, with the default limits counted. Lives in the benchmarks
 * (class path only, never shipped): the grid's own package is not part of any API.
 */
public final class ZipProbe {
    private ZipProbe() {
    }

    /** Opens {@code workbook} and inflates every part of {@code names}; the number of bytes inflated. */
    public static long inflate(byte[] workbook, List<String> names) {
        long sum = 0;
        try (ZipArchive zip = ZipArchive.open(workbook, workbook.length, ReadLimits.DEFAULT)) {
            for (String name : names) {
                sum += zip.readAll(zip.find(name), Long.MAX_VALUE, GridError.ENTRY_TOO_LARGE).length;
            }
        } catch (GridException e) {
            throw new IllegalStateException(e);
        }
        return sum;
    }
}

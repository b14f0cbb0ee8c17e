package io.github.medsecforms.xlsx;



/**
 * Bounds on what {@link FormReader} accepts, checked while the workbook is streamed so that memory stays bounded and
 * hostile files (zip bombs, billion-cell sheets, …) are refused early. Exceeding one throws a
 * {@link io.github.medsecforms.model.FormIoException} with the limit's own code ({@code MSF-IO-11nn}), the limit and
 * the observed value (for streamed counts, the value at which reading stopped). Start from {@link #DEFAULT} and
 * change what you need:
 *
 * <pre>{@code
 * FormReader reader = FormReader.create(ReadLimits.DEFAULT.toBuilder().maxInputBytes(5L << 20).build());
 * }</pre>
 *
 * @param maxInputBytes        size of the workbook file
 * @param maxEntries           entries in the zip's central directory
 * @param maxEntryBytes        inflated bytes of one zip entry
 * @param maxTotalBytes        inflated bytes of all the entries read
 * @param maxCompressionRatio  inflated ÷ compressed bytes of one entry so far, checked continuously once it has
 *                             inflated more than {@code ratioThresholdBytes} (so a bomb stops right there)
 * @param ratioThresholdBytes  entries smaller than this are exempt from the ratio check
 * @param maxSheets            sheets listed in the workbook
 * @param maxRowsPerSheet      rows of a sheet: a cell (or the sheet's {@code <dimension>}) at a 0-based row
 *                             index {@code >= maxRowsPerSheet} is refused
 * @param maxCells             non-blank cells in the workbook
 * @param maxSharedStrings     entries of the shared-string table
 * @param maxCellChars         characters of one string value (cell, shared string or shape text)
 * @param maxTextChars         characters of all the string values kept in the grid
 * @param maxMergedRegions     merged regions in the workbook
 * @param maxDrawingObjects    pictures and shapes in the workbook
 * @param maxPictureBytes      bytes of one picture's media part
 * @param maxTotalPictureBytes bytes of all the media parts kept (each distinct part counted once)
 */
public record ReadLimits(
        long maxInputBytes,
        int maxEntries,
        long maxEntryBytes,
        long maxTotalBytes,
        int maxCompressionRatio,
        long ratioThresholdBytes,
        int maxSheets,
        int maxRowsPerSheet,
        int maxCells,
        int maxSharedStrings,
        int maxCellChars,
        long maxTextChars,
        int maxMergedRegions,
        int maxDrawingObjects,
        long maxPictureBytes,
        long maxTotalPictureBytes) {

    private static final long MIB = 1024L * 1024L;

    /**
     * The defaults: 30 MiB input, 10,000 entries, 100 MiB per entry and 200 MiB in total inflated, 100:1 for
     * entries over 1 MiB, 255 sheets, 65,536 rows per sheet, 2,000,000 cells, 1,000,000 shared strings, 32,767
     * characters per value (Excel's limit), 32 Mi characters in all, 100,000 merged regions, 10,000 pictures and
     * shapes, 20 MiB per picture and 64 MiB of pictures in all.
     */
    public static final ReadLimits DEFAULT = new ReadLimits(
            30 * MIB, 10_000, 100 * MIB, 200 * MIB, 100, MIB, 255, 65_536, 2_000_000, 1_000_000, 32_767,
            32 * MIB, 100_000, 10_000, 20 * MIB, 64 * MIB);

    public ReadLimits {
        positive(maxInputBytes, "maxInputBytes");
        positive(maxEntries, "maxEntries");
        positive(maxEntryBytes, "maxEntryBytes");
        positive(maxTotalBytes, "maxTotalBytes");
        positive(maxCompressionRatio, "maxCompressionRatio");
        positive(ratioThresholdBytes, "ratioThresholdBytes");
        positive(maxSheets, "maxSheets");
        positive(maxRowsPerSheet, "maxRowsPerSheet");
        positive(maxCells, "maxCells");
        positive(maxSharedStrings, "maxSharedStrings");
        positive(maxCellChars, "maxCellChars");
        positive(maxTextChars, "maxTextChars");
        positive(maxMergedRegions, "maxMergedRegions");
        positive(maxDrawingObjects, "maxDrawingObjects");
        positive(maxPictureBytes, "maxPictureBytes");
        positive(maxTotalPictureBytes, "maxTotalPictureBytes");
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    /** A builder starting from these limits. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some limits of a {@link ReadLimits}. */
    public static final class Builder {
        private long maxInputBytes;
        private int maxEntries;
        private long maxEntryBytes;
        private long maxTotalBytes;
        private int maxCompressionRatio;
        private long ratioThresholdBytes;
        private int maxSheets;
        private int maxRowsPerSheet;
        private int maxCells;
        private int maxSharedStrings;
        private int maxCellChars;
        private long maxTextChars;
        private int maxMergedRegions;
        private int maxDrawingObjects;
        private long maxPictureBytes;
        private long maxTotalPictureBytes;

        private Builder(ReadLimits l) {
            maxInputBytes = l.maxInputBytes;
            maxEntries = l.maxEntries;
            maxEntryBytes = l.maxEntryBytes;
            maxTotalBytes = l.maxTotalBytes;
            maxCompressionRatio = l.maxCompressionRatio;
            ratioThresholdBytes = l.ratioThresholdBytes;
            maxSheets = l.maxSheets;
            maxRowsPerSheet = l.maxRowsPerSheet;
            maxCells = l.maxCells;
            maxSharedStrings = l.maxSharedStrings;
            maxCellChars = l.maxCellChars;
            maxTextChars = l.maxTextChars;
            maxMergedRegions = l.maxMergedRegions;
            maxDrawingObjects = l.maxDrawingObjects;
            maxPictureBytes = l.maxPictureBytes;
            maxTotalPictureBytes = l.maxTotalPictureBytes;
        }

        public Builder maxInputBytes(long v) {
            maxInputBytes = v;
            return this;
        }

        public Builder maxEntries(int v) {
            maxEntries = v;
            return this;
        }

        public Builder maxEntryBytes(long v) {
            maxEntryBytes = v;
            return this;
        }

        public Builder maxTotalBytes(long v) {
            maxTotalBytes = v;
            return this;
        }

        public Builder maxCompressionRatio(int v) {
            maxCompressionRatio = v;
            return this;
        }

        public Builder ratioThresholdBytes(long v) {
            ratioThresholdBytes = v;
            return this;
        }

        public Builder maxSheets(int v) {
            maxSheets = v;
            return this;
        }

        public Builder maxRowsPerSheet(int v) {
            maxRowsPerSheet = v;
            return this;
        }

        public Builder maxCells(int v) {
            maxCells = v;
            return this;
        }

        public Builder maxSharedStrings(int v) {
            maxSharedStrings = v;
            return this;
        }

        public Builder maxCellChars(int v) {
            maxCellChars = v;
            return this;
        }

        public Builder maxTextChars(long v) {
            maxTextChars = v;
            return this;
        }

        public Builder maxMergedRegions(int v) {
            maxMergedRegions = v;
            return this;
        }

        public Builder maxDrawingObjects(int v) {
            maxDrawingObjects = v;
            return this;
        }

        public Builder maxPictureBytes(long v) {
            maxPictureBytes = v;
            return this;
        }

        public Builder maxTotalPictureBytes(long v) {
            maxTotalPictureBytes = v;
            return this;
        }

        public ReadLimits build() {
            return new ReadLimits(maxInputBytes, maxEntries, maxEntryBytes, maxTotalBytes, maxCompressionRatio,
                    ratioThresholdBytes, maxSheets, maxRowsPerSheet, maxCells, maxSharedStrings, maxCellChars,
                    maxTextChars, maxMergedRegions, maxDrawingObjects, maxPictureBytes, maxTotalPictureBytes);
        }
    }
}

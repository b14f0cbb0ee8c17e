package io.github.medsecforms.xlsx.internal.grid;

import java.util.Objects;

/**
 * <b>Internal.</b> A picture drawn on a sheet. {@code row}/{@code col} are the 0-based cell of the anchor's top-left
 * corner ({@code -1} for an absolute anchor). {@code bytes} is the media part as stored (not copied: do not
 * modify); pictures showing the same media part share the array. Equality is identity of the array.
 *
 * @param mediaType e.g. {@code image/png}, from the package's content types or else the file extension
 */
public record Picture(String mediaType, byte[] bytes, int row, int col) {
    public Picture {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public String toString() {
        return "Picture[" + mediaType + ", " + bytes.length + " bytes at " + (row < 0 ? "-" : CellRef.a1(row, col)) + "]";
    }
}

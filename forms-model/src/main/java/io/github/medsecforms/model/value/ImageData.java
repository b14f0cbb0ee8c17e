package io.github.medsecforms.model.value;

import java.util.Arrays;
import java.util.Objects;

/**
 * An embedded picture, such as the floor plan (平面図) on 設置場所記入シート.
 *
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param bytes     the encoded image (copied in and out)
 */
public record ImageData(String mediaType, byte[] bytes) {
    public ImageData {
        Objects.requireNonNull(mediaType, "mediaType");
        bytes = bytes == null ? new byte[0] : bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Size of the encoded image in bytes. */
    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageData other && mediaType.equals(other.mediaType) && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ImageData[" + mediaType + ", " + bytes.length + " bytes]";
    }
}

package io.github.medsecforms.xlsx;

import io.github.medsecforms.model.Origins;
import java.util.Arrays;
import java.util.Objects;

/**
 * A workbook written by {@link FormWriter}: the xlsx file and where each value of the form went.
 *
 * @param bytes   the xlsx file (copied in and out)
 * @param origins every model path of the form ({@code basicInfo.facilityName}, {@code lines[2].globalIpAddress},
 *                {@code entries[4].firstDate}) mapped to its cell, e.g. {@code 回線・機器情報記入シート!I9}
 */
public record WrittenWorkbook(byte[] bytes, Origins origins) {
    public WrittenWorkbook {
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
        Objects.requireNonNull(origins, "origins");
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WrittenWorkbook other && Arrays.equals(bytes, other.bytes) && origins.equals(other.origins);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + origins.hashCode();
    }

    @Override
    public String toString() {
        return "WrittenWorkbook[" + bytes.length + " bytes, " + origins.asMap().size() + " origins]";
    }
}

package io.github.medsecforms.xlsx.internal.grid;

import java.nio.charset.StandardCharsets;

/**
 * Tells a legacy .xls from an encrypted OOXML package: both are OLE2 compound files; an encrypted workbook has the
 * streams {@code EncryptionInfo} and {@code EncryptedPackage}. Walks the compound file's directory chain (bounded,
 * with loop guards); if the structure is damaged, falls back to a scan for the UTF-16LE stream names.
 */
final class Ole2 {
    private static final byte[] SIGNATURE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int END_OF_CHAIN = 0xFFFFFFFE;

    private Ole2() {
    }

    static boolean isOle2(byte[] data, int length) {
        if (length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (data[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the compound file holds an encrypted OOXML package. */
    static boolean isEncryptedPackage(byte[] data, int length) {
        try {
            Boolean found = scanDirectory(data, length);
            if (found != null) {
                return found;
            }
        } catch (RuntimeException damaged) {
            // fall through to the raw scan
        }
        return contains(data, length, utf16("EncryptedPackage")) || contains(data, length, utf16("EncryptionInfo"));
    }

    /** TRUE/FALSE from the directory, or null when the header is not usable. */
    private static Boolean scanDirectory(byte[] data, int length) {
        if (length < 512) {
            return null;
        }
        int shift = ZipArchive.le16(data, 0x1E);
        if (shift != 9 && shift != 12) {
            return null;
        }
        int sectorSize = 1 << shift;
        int perSector = sectorSize / 4;
        int maxSectors = length / sectorSize + 1;
        // the FAT's sector numbers: 109 in the header, then the DIFAT chain
        int fatCount = ZipArchive.le32(data, 0x2C);
        if (fatCount < 0 || fatCount > maxSectors) {
            return null;
        }
        int[] fat = new int[fatCount];
        int k = 0;
        for (int i = 0; i < 109 && k < fatCount; i++) {
            fat[k++] = ZipArchive.le32(data, 0x4C + 4 * i);
        }
        int difat = ZipArchive.le32(data, 0x44);
        int guard = 0;
        while (k < fatCount && difat >= 0 && guard++ < maxSectors) {
            long base = (long) (difat + 1) * sectorSize;
            if (base + sectorSize > length) {
                return null;
            }
            for (int i = 0; i < perSector - 1 && k < fatCount; i++) {
                fat[k++] = ZipArchive.le32(data, (int) base + 4 * i);
            }
            difat = ZipArchive.le32(data, (int) base + 4 * (perSector - 1));
        }
        int sector = ZipArchive.le32(data, 0x30);
        boolean info = false;
        boolean pkg = false;
        guard = 0;
        while (sector >= 0 && sector != END_OF_CHAIN && guard++ < maxSectors) {
            long base = (long) (sector + 1) * sectorSize;
            if (base + sectorSize > length) {
                return null;
            }
            for (int e = 0; e < sectorSize / 128; e++) {
                int entry = (int) base + e * 128;
                int nameBytes = ZipArchive.le16(data, entry + 0x40);
                if (nameBytes >= 2 && nameBytes <= 64) {
                    String name = new String(data, entry, nameBytes - 2, StandardCharsets.UTF_16LE);
                    info |= name.equals("EncryptionInfo");
                    pkg |= name.equals("EncryptedPackage");
                }
            }
            int fatIndex = sector / perSector;
            if (fatIndex >= fat.length) {
                return null;
            }
            long fatBase = (long) (fat[fatIndex] + 1) * sectorSize;
            if (fat[fatIndex] < 0 || fatBase + sectorSize > length) {
                return null;
            }
            sector = ZipArchive.le32(data, (int) fatBase + 4 * (sector % perSector));
        }
        return info || pkg;
    }

    private static byte[] utf16(String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }

    private static boolean contains(byte[] data, int length, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

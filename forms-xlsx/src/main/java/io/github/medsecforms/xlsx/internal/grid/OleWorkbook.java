package io.github.medsecforms.xlsx.internal.grid;

import io.github.medsecforms.xlsx.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Workbooks in an OLE2 compound file: a legacy Excel 97–2003 workbook (.xls, stream {@code Workbook}), read by
 * {@link XlsGrid}; or a password-protected OOXML package (streams {@code EncryptionInfo} and
 * {@code EncryptedPackage}), decrypted with POI's {@link Decryptor} (agile and standard encryption) when the caller
 * gives its password and then read as an xlsx by {@link GridReader}. Anything POI throws on a damaged file becomes a
 * coded {@link GridException}. POI's {@link POIFSFileSystem} opens the compound file and tells the two apart (the
 * project's own walk of the directory chain, {@code Ole2}, is gone: issue 12, item 4).
 *
 * <p>The password: POI's API takes a {@link String}, so one short-lived copy exists while the password is checked;
 * the caller's array is never kept or echoed, and no message or exception carries the password.
 */
final class OleWorkbook {
    /** Excel writes 100,000; more than this is refused before hashing (each costs one SHA-512 round). */
    static final int MAX_SPIN_COUNT = 1_000_000;

    private OleWorkbook() {
    }

    private static final byte[] SIGNATURE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** Whether the bytes start with the OLE2 compound file signature. */
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

    static Grid read(byte[] data, int length, ReadLimits limits, char[] password) throws GridException {
        POIFSFileSystem fs = open(data, length, password == null);
        try (fs) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                if (password == null) {
                    throw new GridException(GridError.ENCRYPTED);
                }
                byte[] plain = decrypt(fs, password, limits);
                // the decrypted package is read without the password: a package encrypted twice stays refused
                return GridReader.read(plain, limits);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("BOOK")
                    || root.hasEntry("Book")) {
                return XlsGrid.read(fs, limits, password);
            }
            throw new GridException(GridError.LEGACY_XLS);
        } catch (GridAbort abort) {
            throw abort.exception();
        } catch (IOException | RuntimeException e) {
            throw new GridException(GridError.CORRUPT_XLS, e);
        }
    }

    /**
     * POI's compound file over the bytes. When POI cannot open it (a damaged directory) and no password was given, a
     * file that names the streams of an encrypted package ({@code EncryptionInfo}, {@code EncryptedPackage}, in
     * UTF-16LE) is still reported as encrypted, not as damaged: the user's fix is the password, not a new file.
     */
    private static POIFSFileSystem open(byte[] data, int length, boolean noPassword) throws GridException {
        try {
            return new POIFSFileSystem(new ByteArrayInputStream(data, 0, length));
        } catch (IOException | RuntimeException e) {
            if (noPassword && (contains(data, length, utf16("EncryptedPackage"))
                    || contains(data, length, utf16("EncryptionInfo")))) {
                throw new GridException(GridError.ENCRYPTED);
            }
            throw new GridException(GridError.CORRUPT_XLS, e);
        }
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

    private static byte[] decrypt(POIFSFileSystem fs, char[] password, ReadLimits limits) throws GridException {
        EncryptionInfo info;
        try {
            info = new EncryptionInfo(fs);
        } catch (IOException | RuntimeException e) {
            throw new GridException(GridError.ENCRYPTION_UNSUPPORTED, e);
        }
        if (info.getEncryptionMode() != EncryptionMode.agile && info.getEncryptionMode() != EncryptionMode.standard) {
            throw new GridException(GridError.ENCRYPTION_UNSUPPORTED);
        }
        int spin = info.getVerifier() == null ? 0 : info.getVerifier().getSpinCount();
        if (spin < 0 || spin > MAX_SPIN_COUNT) {
            throw new GridException(GridError.ENCRYPTION_UNSUPPORTED);
        }
        Decryptor decryptor;
        boolean ok;
        try {
            decryptor = Decryptor.getInstance(info);
            ok = verify(decryptor, password);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new GridException(GridError.ENCRYPTION_UNSUPPORTED, e);
        }
        if (!ok) {
            throw new GridException(GridError.WRONG_PASSWORD);
        }
        try (InputStream in = decryptor.getDataStream(fs)) {
            long declared = decryptor.getLength();
            if (declared > limits.maxInputBytes()) {
                throw new GridException(GridError.INPUT_TOO_LARGE, limits.maxInputBytes(), declared);
            }
            if (declared < 0) {
                throw new GridException(GridError.CORRUPT_XLS);
            }
            byte[] plain = new byte[(int) declared];
            int n = in.readNBytes(plain, 0, plain.length);
            if (n < plain.length) {
                throw new GridException(GridError.TRUNCATED);
            }
            return plain;
        } catch (IOException | GeneralSecurityException | EncryptedDocumentException e) {
            throw new GridException(GridError.CORRUPT_XLS, e);
        }
    }

    private static boolean verify(Decryptor decryptor, char[] password) throws GeneralSecurityException {
        String pw = new String(password);
        return decryptor.verifyPassword(pw);
    }

    /** A copy of {@code password} for POI's legacy (.xls) decryption, which takes a String; null stays null. */
    static String text(char[] password) {
        return password == null ? null : new String(password);
    }

    /** Overwrites a password array. */
    static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}

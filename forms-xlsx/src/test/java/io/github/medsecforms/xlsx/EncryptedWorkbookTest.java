package io.github.medsecforms.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks.Options;
import io.github.medsecforms.xlsx.testing.XlsWorkbooks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Password-protected workbooks: refused with their own code without the password, read with it. */
class EncryptedWorkbookTest {
    private static final String PASSWORD = "Hosp1tal-パス";
    private final FormReader reader = FormReader.create();
    private final Form sample = SampleForms.full("line-device-survey");
    private final byte[] plain = VariantWorkbooks.write(sample, Options.PLAIN);

    /** An xlsx encrypted as Excel does ("Encrypt with Password"). */
    static byte[] encrypt(byte[] xlsx, EncryptionMode mode, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(mode).getEncryptor();
            enc.confirmPassword(password);
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(xlsx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An .xls encrypted by POI (RC4 CryptoAPI, as Excel 2003+). */
    static byte[] encryptXls(byte[] xls, String password) {
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls))) {
            Biff8EncryptionKey.setCurrentUserPassword(password);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    @ParameterizedTest
    @EnumSource(value = EncryptionMode.class, names = {"agile", "standard"})
    void an_encrypted_xlsx_reads_to_the_same_form_with_its_password(EncryptionMode mode) {
        byte[] encrypted = encrypt(plain, mode, PASSWORD);
        char[] password = PASSWORD.toCharArray();
        ReadResult read = reader.read(encrypted, "lds.xlsx", password);
        assertThat(read.form()).isEqualTo(sample);
        assertThat(read.findings()).isEmpty();
        assertThat(password).as("cleared after use").containsOnly('\0');
    }

    @ParameterizedTest
    @EnumSource(value = EncryptionMode.class, names = {"agile", "standard"})
    void without_the_password_it_is_refused_saying_how_to_remove_the_password(EncryptionMode mode) {
        byte[] encrypted = encrypt(plain, mode, PASSWORD);
        FormIoException e = catchThrowableOfType(FormIoException.class, () -> reader.read(encrypted, "lds.xlsx"));
        assertThat(e.code()).isEqualTo("MSF-IO-1004");
        assertThat(e.getMessage()).contains("パスワード", "パスワードを使用して暗号化", "lds.xlsx");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("Password-protected", "Encrypt with Password");
    }

    @ParameterizedTest
    @EnumSource(value = EncryptionMode.class, names = {"agile", "standard"})
    void a_wrong_password_has_its_own_code_and_is_never_echoed(EncryptionMode mode) {
        byte[] encrypted = encrypt(plain, mode, PASSWORD);
        char[] wrong = "not-the-password".toCharArray();
        FormIoException e = catchThrowableOfType(FormIoException.class, () -> reader.read(encrypted, "lds.xlsx", wrong));
        assertThat(e.code()).isEqualTo("MSF-IO-1017");
        assertThat(wrong).containsOnly('\0');
        for (String text : new String[] {e.getMessage(), e.getMessage(Locale.ENGLISH), e.toString(),
            String.valueOf(e.getCause())}) {
            assertThat(text).doesNotContain("not-the-password").doesNotContain(PASSWORD);
        }
    }

    @Test
    void an_encrypted_xls_reads_with_its_password_and_is_refused_without_or_with_a_wrong_one() {
        byte[] xls = encryptXls(XlsWorkbooks.fromXlsx(plain), PASSWORD);
        assertThat(reader.read(xls, "lds.xls", PASSWORD.toCharArray()).form()).isEqualTo(sample);
        assertThat(catchThrowableOfType(FormIoException.class, () -> reader.read(xls, "lds.xls")).code())
                .isEqualTo("MSF-IO-1004");
        assertThat(catchThrowableOfType(FormIoException.class, () -> reader.read(xls, "lds.xls", "x".toCharArray()))
                .code()).isEqualTo("MSF-IO-1017");
    }

    @Test
    void a_password_given_for_an_unprotected_workbook_is_ignored_and_cleared() {
        char[] password = PASSWORD.toCharArray();
        assertThat(reader.read(plain, "lds.xlsx", password).form()).isEqualTo(sample);
        assertThat(password).containsOnly('\0');
    }

    @Test
    void a_hostile_key_derivation_cost_is_refused_before_hashing() throws Exception {
        byte[] encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(PASSWORD);
            info.getVerifier().setSpinCount(2_000_000_000); // ~hours of SHA-512 if honoured
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            encrypted = out.toByteArray();
        }
        long start = System.nanoTime();
        FormIoException e = catchThrowableOfType(FormIoException.class,
                () -> reader.read(encrypted, "slow.xlsx", PASSWORD.toCharArray()));
        assertThat(e.code()).isEqualTo("MSF-IO-1019");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void a_package_encrypted_twice_is_refused_as_encrypted_after_the_first_layer() {
        byte[] twice = encrypt(encrypt(plain, EncryptionMode.agile, PASSWORD), EncryptionMode.agile, PASSWORD);
        FormIoException e = catchThrowableOfType(FormIoException.class,
                () -> reader.read(twice, "twice.xlsx", PASSWORD.toCharArray()));
        assertThat(e.code()).isEqualTo("MSF-IO-1004");
    }
}

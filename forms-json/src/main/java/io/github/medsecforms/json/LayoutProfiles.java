package io.github.medsecforms.json;

import io.github.medsecforms.json.internal.profile.ProfileReader;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.LayoutProfile;
import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.internal.io.IoFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Layout profiles ({@link LayoutProfile}) read from the small YAML or JSON file a prefecture writes for one variant
 * of a form (docs/profiles.md): {@code form}, {@code name}, {@code description}, {@code sheets}, {@code labels},
 * {@code choices} and {@code cells}. The reader of workbooks gets the result as a plain object
 * ({@code FormReader.withProfile}, {@code CheckerConfig.profile}); parsing lives here, with Jackson.
 *
 * <pre>{@code
 * LayoutProfile profile = LayoutProfiles.read(Path.of("香川県_回答様式.yaml"));
 * Report report = MedsecForms.checker(c -> c.profile(profile)).check(Path.of("回答.xlsx"));
 * }</pre>
 *
 * <p>Strict: a key it does not know is refused (a misspelt {@code lables} would otherwise be ignored silently), as
 * are a wrong shape, duplicate keys, an empty entry, and anything the form does not have — each a
 * {@link FormIoException} ({@code MSF-IO-50nn}) naming the entry and, for a file, its line. At most
 * {@link #MAX_BYTES} bytes. UTF-8, with or without a byte order mark; a file saved in Shift_JIS is read too. JSON is
 * told from YAML by its first character ({@code {}).</p>
 */
public final class LayoutProfiles {
    /** The largest profile read: 256 KiB. */
    public static final int MAX_BYTES = ProfileReader.MAX_BYTES;

    private LayoutProfiles() {
    }

    /** The keys a profile may have at its top level. */
    public static List<String> keys() {
        return ProfileReader.KEYS;
    }

    /**
     * Reads the profile in {@code file}; a file larger than {@link #MAX_BYTES} is refused before it is read.
     *
     * @throws FormIoException if the file cannot be read ({@code MSF-IO-0001}, named in the message) or is no valid
     *                         profile ({@code MSF-IO-50nn})
     */
    public static LayoutProfile read(Path file) {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new FormIoException(IoError.PROFILE_TOO_LARGE.code(), name, new Object[] {MAX_BYTES, size}, null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FormIoException(IoError.IO_FAILURE.code(), name, new Object[] {String.valueOf(e.getMessage())}, e);
        }
        return read(bytes);
    }

    /**
     * Reads a profile from the bytes of its file (UTF-8, else Shift_JIS).
     *
     * @throws FormIoException if it is no valid profile ({@code MSF-IO-50nn})
     */
    public static LayoutProfile read(byte[] bytes) {
        try {
            return ProfileReader.read(bytes);
        } catch (IoFailure f) {
            throw f.toException();
        }
    }

    /**
     * Reads a profile from its text.
     *
     * @throws FormIoException if it is no valid profile ({@code MSF-IO-50nn})
     */
    public static LayoutProfile read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }
}

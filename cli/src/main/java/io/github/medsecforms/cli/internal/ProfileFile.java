package io.github.medsecforms.cli.internal;

import io.github.medsecforms.json.LayoutProfiles;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.LayoutProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --profile FILE}: the layout profile (docs/profiles.md) of the commands that read workbooks, read once per run
 * with forms-json. A file that is missing, not a file, unreadable or no valid profile stops the command before any
 * workbook is read: {@link UsageFailure} with the coded reason (the profile's own {@code MSF-IO-50nn} message with
 * the entry and line) and where to read how to write one; exit 2.
 */
final class ProfileFile {
    private ProfileFile() {
    }

    /** The profile in {@code file}. */
    static LayoutProfile load(Path file, Messages m) {
        if (!Files.exists(file)) {
            throw refused(Coded.message(m, "MSF-CLI-0001", file), m);
        }
        if (!Files.isRegularFile(file)) {
            throw refused(Coded.message(m, "MSF-CLI-0015", file, m.get("profile.notAFile")), m);
        }
        try {
            // a file over the limit is refused by its size, before it is read
            return Files.size(file) > LayoutProfiles.MAX_BYTES ? LayoutProfiles.read(file)
                    : LayoutProfiles.read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw refused(Coded.message(m, "MSF-CLI-0015", file, Coded.reason(m, e)), m);
        } catch (FormIoException e) {
            throw refused(e.getMessage(Coded.locale(m)) + m.get("render.inFile", file), m);
        }
    }

    private static UsageFailure refused(String reason, Messages m) {
        return new UsageFailure(reason + System.lineSeparator() + m.get("profile.help"));
    }
}

package io.github.medsecforms.cli.internal;

import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.WorkbookChecker.Checked;
import io.github.medsecforms.model.FormIoException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and validates one file of a batch with {@link WorkbookChecker}, turning every way it can fail into an
 * {@link Unreadable}: a coded MSF-IO error (forms-xlsx) (not a workbook, legacy .xls, encrypted, hostile, not the form asked
 * for), a file too large to read, an I/O error, and — reported as a bug, exit code 3, without stopping the run —
 * any unexpected exception. The run never stops at one file.
 */
final class FileCheck {
    private FileCheck() {
    }

    /**
     * A file that could not be read as a form.
     *
     * @param file     the file's display name
     * @param code     the coded reason, e.g. {@code MSF-IO-1002}
     * @param message  the message in the run's language, naming the file
     * @param internal whether it is an internal error (a bug) rather than a problem of the file
     */
    record Unreadable(String file, String code, String message, boolean internal) {
    }

    /**
     * Reads and validates {@code path}, then keeps what {@code onRead} extracts; or what {@code onUnreadable} makes of
     * the failure. Both run on the worker thread.
     */
    static <R> R check(WorkbookChecker checker, Path path, Optional<String> formId, Messages messages,
                       Function<Checked, R> onRead, Function<Unreadable, R> onUnreadable) {
        String name = Inputs.displayName(path);
        Locale locale = Coded.locale(messages);
        Checked checked;
        try {
            long size = Files.size(path);
            if (size > WorkbookChecker.MAX_ZIP_ENTRY_BYTES) {
                return onUnreadable.apply(new Unreadable(name, "MSF-CLI-0014",
                        Coded.message(messages, "MSF-CLI-0014", name, WorkbookChecker.MAX_ZIP_ENTRY_BYTES, size), false));
            }
            byte[] bytes = Files.readAllBytes(path);
            checked = checker.readAndCheck(bytes, name, formId);
        } catch (FormIoException e) {
            return onUnreadable.apply(new Unreadable(name, e.code(), e.getMessage(locale), false));
        } catch (IOException e) {
            return onUnreadable.apply(new Unreadable(name, "MSF-CLI-0015",
                    Coded.message(messages, "MSF-CLI-0015", name, Coded.reason(messages, e)), false));
        } catch (RuntimeException | StackOverflowError e) {
            return onUnreadable.apply(new Unreadable(name, "MSF-CLI-0009",
                    Coded.message(messages, "MSF-CLI-0009", name, String.valueOf(e)), true));
        }
        try {
            return onRead.apply(checked);
        } catch (RuntimeException e) {
            return onUnreadable.apply(new Unreadable(name, "MSF-CLI-0009",
                    Coded.message(messages, "MSF-CLI-0009", name, String.valueOf(e)), true));
        }
    }
}

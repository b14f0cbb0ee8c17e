package io.github.medsecforms.cli.internal;

import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.WorkbookChecker.Checked;
import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.pdf.FaxData;
import io.github.medsecforms.pdf.Scans;
import io.github.medsecforms.xlsx.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and validates one file of a batch with {@link WorkbookChecker} — a workbook, or a scan of a printed form
 * ({@link #isScan}: its QR codes give the form's JSON, which is then validated like a workbook's form) — turning every way it can fail into an
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

    /** Whether {@code path} is read as a scan (by its name: .pdf .tif .tiff .png .jpg .jpeg; D-69). */
    static boolean isScan(Path path) {
        return Scans.isScanName(path.getFileName().toString());
    }

    /**
     * Reads and validates {@code path} (a workbook or a scan, all named), then keeps what {@code onRead} extracts; or
     * what {@code onUnreadable} makes of the failure. Both run on the worker thread.
     */
    static <R> R check(WorkbookChecker checker, Path path, Optional<String> formId, Messages messages,
                       Function<Checked, R> onRead, Function<Unreadable, R> onUnreadable) {
        return check(checker, path, true, formId, messages, onRead, onUnreadable, skipped -> {
            throw new IllegalStateException("a named file is never skipped");
        });
    }

    /**
     * Reads and validates {@code path}, then keeps what {@code onRead} extracts; or what {@code onUnreadable} makes of
     * the failure; or, for a PDF found in a folder that writes text of its own and carries no code of a form (a
     * document of an inspection package, not a scan: D-69), what {@code onSkipped} makes of the coded note. All run
     * on the worker thread.
     *
     * @param named whether the file was named on the command line (a named PDF is always a scan)
     */
    static <R> R check(WorkbookChecker checker, Path path, boolean named, Optional<String> formId, Messages messages,
                       Function<Checked, R> onRead, Function<Unreadable, R> onUnreadable,
                       Function<String, R> onSkipped) {
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
            if (isScan(path)) {
                Scans.Scan scan = Scans.read(bytes, name);
                if (!named && scan.hasText() && scan.codes().isEmpty()) {
                    return onSkipped.apply(Coded.message(messages, "MSF-CLI-0030", name));
                }
                checked = scanned(checker, Scans.decode(scan), name, formId);
            } else {
                checked = checker.readAndCheck(bytes, name, formId);
            }
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

    /**
     * The form a scan's codes carry, read from its canonical JSON (forms-json) and validated like a workbook's: the
     * same report, its findings at model paths (there are no cells), the scan's page warnings first.
     *
     * @throws FormIoException MSF-IO-0203 if the form is not {@code formId}; forms-json's codes if the JSON does not
     *                         read as the form
     */
    static Checked scanned(WorkbookChecker checker, Scans.Payload payload, String name, Optional<String> formId) {
        String id = payload.decoded().formId();
        if (formId.isPresent() && !formId.get().equals(id)) {
            throw new FormIoException("MSF-IO-0203", name, new Object[] {id, formId.get()}, null);
        }
        // the code's data: the JSON, behind a #cut line naming the free texts printed whole but carried in part
        FaxData fax = FaxData.fromBytes(payload.decoded().data());
        Form form = FormJson.read(fax.json());
        if (!FormRegistry.describe(form).id().equals(id)) {
            throw new FormIoException("MSF-IO-0203", name, new Object[] {FormRegistry.describe(form).id(), id}, null);
        }
        List<io.github.medsecforms.model.Finding> findings = new ArrayList<>(payload.findings());
        findings.addAll(fax.cutFindings(id, name));
        ReadResult read = new ReadResult(form, name, Origins.empty(), findings, Optional.empty());
        return new Checked(read, checker.validate(read));
    }
}

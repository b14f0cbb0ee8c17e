package io.github.medsecforms.bridge.internal;

import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.pdf.FaxData;
import io.github.medsecforms.pdf.Scans;
import io.github.medsecforms.xlsx.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scans (a FAX as PDF or TIFF, a scanned page as PNG or JPEG) sent to the bridge, read as the command line reads them
 * (D-69): the QR codes of every page → {@link Scans#decode} → {@link FaxData} → {@link FormJson} → the form, validated
 * like a workbook's, with the scan's page warnings and the values carried in part ({@code MSF-IO-0618}).
 */
final class ScanChecks {
    private ScanChecks() {
    }

    /** Whether a file is taken as a scan, by its name (.pdf .tif .tiff .png .jpg .jpeg). */
    static boolean isScan(String fileName) {
        return Scans.isScanName(fileName);
    }

    /**
     * Reads and validates a scan.
     *
     * @param inFolder whether the file came in a folder (the page's folder view): a PDF there that writes text of its
     *                 own and carries no code is a document of an inspection package, not a scan, and is refused with
     *                 {@code MSF-HTTP-1016} (the command line skips it with MSF-CLI-0030)
     * @throws FormIoException the scan's codes (MSF-IO-0601..0617), or MSF-IO-0203 if it is not {@code formId}
     */
    static WorkbookChecker.Checked check(WorkbookChecker checker, byte[] bytes, String name, Optional<String> formId,
                                         boolean inFolder) {
        Scans.Scan scan = Scans.read(bytes, name);
        if (inFolder && scan.hasText() && scan.codes().isEmpty()) {
            throw Problem.of(422, "MSF-HTTP-1016", name);
        }
        Scans.Payload payload = Scans.decode(scan);
        String id = payload.decoded().formId();
        if (formId.isPresent() && !formId.get().equals(id)) {
            throw new FormIoException("MSF-IO-0203", name, new Object[] {id, formId.get()}, null);
        }
        FaxData fax = FaxData.fromBytes(payload.decoded().data());
        Form form = FormJson.read(fax.json());
        if (!FormRegistry.describe(form).id().equals(id)) {
            throw new FormIoException("MSF-IO-0203", name, new Object[] {FormRegistry.describe(form).id(), id}, null);
        }
        List<Finding> findings = new ArrayList<>(payload.findings());
        findings.addAll(fax.cutFindings(id, name));
        ReadResult read = new ReadResult(form, name, Origins.empty(), findings, Optional.empty());
        return new WorkbookChecker.Checked(read, checker.validate(read));
    }
}

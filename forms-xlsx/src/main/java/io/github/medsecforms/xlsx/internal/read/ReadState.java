package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What one read collects: values by model path, their cells, and findings. */
public final class ReadState {
    final Map<String, Object> values = new HashMap<>();
    final Map<String, CellOrigin> origins = new LinkedHashMap<>(1024);
    final List<RawFinding> findings = new ArrayList<>();

    /**
     * A finding before it is published.
     *
     * @param code      stable code
     * @param severity  severity
     * @param sheet     sheet name, empty for the workbook
     * @param cell      A1 cell, empty for a sheet or the workbook
     * @param path      model path, empty if none
     * @param label     qualified Japanese label, empty if none
     * @param messageJa Japanese message
     * @param messageEn English message
     */
    public record RawFinding(String code, Severity severity, String sheet, String cell, String path, String label,
                      String messageJa, String messageEn) {
    }

    void finding(String code, Severity severity, String sheet, String cell, String path, String label, Object... args) {
        findings.add(new RawFinding(code, severity, sheet, cell, path, label,
                ReadCodes.MESSAGES.format(code, Locale.JAPANESE, args),
                ReadCodes.MESSAGES.format(code, Locale.ENGLISH, args)));
    }
}

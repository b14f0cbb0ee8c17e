package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.Stage;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What one read collects: values by model path, their cells, and findings. */
public final class ReadState {
    final Map<String, Object> values = new HashMap<>();
    final Origins.Builder origins = Origins.builder();
    final List<Finding> findings = new ArrayList<>();
    private final String formId;
    /**
     * The message formats of the codes this read reported, by code, compiled once per read and language (a table's
     * missing columns and a sheet's unread cells give many findings of one code): the message is the same as
     * {@code ReadCodes.MESSAGES.format(code, locale, args)}, which compiles its pattern every time.
     */
    private final Map<String, MessageFormat> japanese = new HashMap<>();
    private final Map<String, MessageFormat> english = new HashMap<>();

    /** @param formId the form being read, named by every finding */
    ReadState(String formId) {
        this.formId = formId;
    }

    /** The form being read. */
    String formId() {
        return formId;
    }

    /**
     * A problem of the workbook's layout (stage {@link Stage#STRUCTURE}): a sheet, label, table or column that is
     * missing, a version that is not supported. Its message is the code's, with {@code args}.
     *
     * @param sheet the sheet, empty for the workbook
     * @param cell  the A1 cell, empty for a sheet or the workbook
     * @param path  the model path concerned, empty if none
     * @param label the qualified Japanese label concerned, empty if none
     */
    void finding(String code, Severity severity, String sheet, String cell, String path, String label, Object... args) {
        findings.add(new Finding(code, severity, Stage.STRUCTURE, formId, "", path, label, sheet,
                cell.isEmpty() || sheet.isEmpty() ? Optional.empty() : Optional.of(new CellOrigin(sheet, cell)),
                message(japanese, code, Locale.JAPANESE, args), message(english, code, Locale.ENGLISH, args),
                Optional.empty()));
    }

    /** {@code ReadCodes.MESSAGES.format(code, locale, args)}, its format taken from (or put in) {@code formats}. */
    private static String message(Map<String, MessageFormat> formats, String code, Locale locale, Object[] args) {
        if (args.length == 0) {
            return ReadCodes.MESSAGES.format(code, locale);
        }
        MessageFormat format = formats.get(code);
        if (format == null) {
            // the pattern: the message of no arguments is the pattern itself
            format = new MessageFormat(ReadCodes.MESSAGES.format(code, locale), locale);
            formats.put(code, format);
        }
        return format.format(args);
    }

    /**
     * A value that could not be read as its type (stage {@link Stage#TYPES}): the value type's own code
     * ({@code MSF-VAL-nnnn}) or a formula error ({@code MSF-IO-2013}), at its cell.
     */
    void typeProblem(String code, CellOrigin origin, String path, String label, String messageJa, String messageEn) {
        findings.add(new Finding(code, Severity.ERROR, Stage.TYPES, formId, "", path, label, origin.sheet(),
                Optional.of(origin), messageJa, messageEn, Optional.empty()));
    }
}

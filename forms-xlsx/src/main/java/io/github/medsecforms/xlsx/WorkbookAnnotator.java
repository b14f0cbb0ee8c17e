package io.github.medsecforms.xlsx;

import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.xlsx.internal.annotate.Annotator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Marks findings in a copy of the user's own workbook, so that they can be fixed where they are:
 * <ul>
 *   <li>each marked cell is filled in the colour of its most serious finding (error red, warning yellow,
 *       information blue); its value, number format, font, borders and protection stay as they were;</li>
 *   <li>each marked cell gets a comment listing its findings ({@code [エラー] LDS-007: …}); an existing comment is
 *       kept and the findings are added below it;</li>
 *   <li>a sheet {@value #RESULT_SHEET} is added as the last sheet (and opened first) listing every finding —
 *       重大度, シート, セル, ルール, メッセージ — with a hyperlink to its cell; an earlier {@value #RESULT_SHEET}
 *       sheet is replaced;</li>
 *   <li><b>passwords never leave</b>: every password list is removed from the copy, together with its strings —
 *       a sheet whose name contains {@code パスワード} (after NFKC normalisation), and a sheet of any name whose
 *       content is one (a header naming a password, such as {@code パスワード}, {@code Password} or {@code PW}, over
 *       filled cells, beside an account or device column) — and cells of the other sheets whose formulas refer to a
 *       removed sheet are emptied;</li>
 *   <li>each finding's comment belongs to its own cell (several findings on one cell share one comment), so the
 *       copy never fails because of how many findings there are or where they fall;</li>
 *   <li>everything else is kept: other cells, styles, drawings, data validation, defined names, and the macros of
 *       an .xlsm (which stays macro-enabled).</li>
 * </ul>
 *
 * <pre>{@code
 * List<CellMark> marks = List.of(new CellMark(Severity.ERROR, "回線・機器情報記入シート", "I9", "LDS-007", "…"));
 * byte[] copy = WorkbookAnnotator.annotate(Files.readAllBytes(path), marks, Locale.JAPANESE);
 * }</pre>
 *
 * <p>The input should be a workbook that {@link FormReader} has read (its limits guard against hostile files); the
 * copy is built in memory. Marks naming a sheet or cell that does not exist (or a removed password sheet) are
 * listed on {@value #RESULT_SHEET} without a link or colour.</p>
 */
public final class WorkbookAnnotator {
    /** The name of the sheet listing the findings. */
    public static final String RESULT_SHEET = "検証結果";

    private WorkbookAnnotator() {
    }

    /**
     * The annotated copy of {@code workbook}.
     *
     * @param workbook the user's .xlsx or .xlsm file
     * @param marks    the findings, in the order to list them
     * @param locale   the language of the result sheet's headings and severity names (English or Japanese)
     * @return the copy, of the same kind (.xlsx or .xlsm) as the input
     * @throws FormIoException {@code MSF-IO-3002} for a legacy .xls or a password-protected workbook (no xlsx package
     *                         to copy: the user is told to save it as .xlsx), {@code MSF-IO-3001} if the workbook
     *                         cannot be opened or written
     */
    public static byte[] annotate(byte[] workbook, List<CellMark> marks, Locale locale) {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(marks, "marks");
        try {
            return Annotator.annotate(workbook, List.copyOf(marks), locale);
        } catch (Annotator.AnnotationFailure e) {
            if (e.notXlsx()) {
                throw new FormIoException("MSF-IO-3002", "", new Object[0], null);
            }
            throw new FormIoException("MSF-IO-3001", "", new Object[] {e.getMessage()}, e.getCause());
        }
    }
}

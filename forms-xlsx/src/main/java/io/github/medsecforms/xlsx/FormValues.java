package io.github.medsecforms.xlsx;

import io.github.medsecforms.model.FormPaths;
import io.github.medsecforms.model.internal.io.DisplayText;

/**
 * The text a workbook shows for a form's values — what a consolidated list, a report or a PDF needs to show a form's
 * fields without knowing its record types. Values are read by path with {@link FormPaths} (the one way to read a
 * value by path: {@link FormPaths#value}, {@link FormPaths#rows}); paths are those of the form's metadata
 * ({@link io.github.medsecforms.model.FieldDescriptor#path()}), e.g. {@code contact1.email},
 * {@code basicInfo.facilityName}, {@code lines[2].globalIpAddress}.
 *
 * <pre>{@code
 * String code = FormValues.text(request, "hospitalCode");           // "3710112347", or "" when empty
 * int lines = FormPaths.rows(survey, "lines").size();
 * }</pre>
 */
public final class FormValues {
    private FormValues() {
    }

    /**
     * The text the form's workbook shows for the value at {@code path} ({@link FormPaths#value}): choices in their
     * official Japanese wording, dates as {@code yyyy/m/d}, fiscal years as {@code 令和6年度}, value types in their
     * canonical notation; {@code ""} when absent (also when the path names no component). Passwords and images have
     * no text.
     */
    public static String text(Object root, String path) {
        return display(FormPaths.value(root, path).orElse(null));
    }

    /** The text a workbook shows for {@code value} (see {@link #text}); {@code ""} for {@code null}. */
    public static String display(Object value) {
        return DisplayText.of(value);
    }
}

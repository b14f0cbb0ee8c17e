package io.github.medsecforms.xlsx;

import io.github.medsecforms.model.internal.io.ModelValues;
import java.util.List;
import java.util.Optional;

/**
 * Values of a form by model path, and the text a workbook shows for them — what a consolidated list, a report or
 * a PDF needs to show a form's fields without knowing its record types. Paths are those of the form's metadata
 * ({@link io.github.medsecforms.model.FieldDescriptor#path()}, relative to a block or a table row), e.g.
 * {@code contact1.email}, {@code basicInfo.facilityName}, {@code lines[2].globalIpAddress}.
 *
 * <pre>{@code
 * String code = FormValues.text(request, "hospitalCode");           // "3710112347", or "" when empty
 * int lines = FormValues.rows(survey, "lines").size();
 * }</pre>
 */
public final class FormValues {
    private FormValues() {
    }

    /**
     * The value at {@code path} below {@code root} (a form or any record of one), {@code Optional}s unwrapped;
     * empty when absent or out of range.
     *
     * @throws IllegalArgumentException if a path segment names no record component
     */
    public static Optional<Object> at(Object root, String path) {
        return Optional.ofNullable(ModelValues.at(root, path));
    }

    /**
     * The text the form's workbook shows for the value at {@code path}: choices in their official Japanese
     * wording, dates as {@code yyyy/m/d}, fiscal years as {@code 令和6年度}, value types in their canonical
     * notation; {@code ""} when absent. Passwords and images have no text.
     */
    public static String text(Object root, String path) {
        return display(ModelValues.at(root, path));
    }

    /** The text a workbook shows for {@code value} (see {@link #text}); {@code ""} for {@code null}. */
    public static String display(Object value) {
        return ModelValues.display(value);
    }

    /** The rows of the table (list component) at {@code path}: empty when absent. */
    public static List<?> rows(Object root, String path) {
        return ModelValues.list(root, path);
    }
}

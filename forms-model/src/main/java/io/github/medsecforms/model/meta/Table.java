package io.github.medsecforms.model.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code List<R>} component (R a record) as a table: one row per element, one column per component of
 * R, located by header text. Row labels such as {@code 回線1} are generated from {@link #rowLabel()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Table {
    /** Label of the n-th row, with {@code {n}} replaced by 1, 2, …; e.g. {@code 回線{n}} or {@code No.{n}}. */
    String rowLabel() default "{n}";

    /** Whether the official form shows a 記入例 (example) row above the data rows. */
    boolean exampleRow() default false;

    /** Number of blank rows a template offers. */
    int templateRows() default 5;

    /** Largest number of rows the form allows; 0 for no limit. */
    int maxRows() default 0;
}

package io.github.medsecforms.model.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the root record of a form and carries its identity: the stable form id used in URLs, JSON and CLI
 * arguments, the official Japanese title and the versions (fiscal years, e.g. {@code R6}) the SDK supports.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FormSpec {
    /** Stable form id, e.g. {@code line-device-survey}. */
    String id();

    /** Official Japanese title of the form. */
    String title();

    /** English title, for English messages and documentation. */
    String titleEn();

    /** Supported versions as fiscal-year codes, oldest first, e.g. {@code {"R6", "R7"}}. */
    String[] versions();

    /** The sheet that components without their own {@link Sheet} are placed on; empty if every component has one. */
    String sheet() default "";

    /** The required mark the form prints after a required label: {@code (*)} or {@code 【必須】}. */
    String requiredMark() default "(*)";

    /** Where the form comes from (a seed document or notice), for documentation. */
    String source() default "";

    /**
     * The seeds (numbers of {@code ../shared/seeds/}, e.g. {@code 002}) the form's wording is quoted from: a label,
     * sheet name, title or choice without its own basis quotes one of them word for word (checked by the traceability
     * test).
     */
    String[] seeds() default {};

    /** Where the title comes from, in {@link io.github.medsecforms.model.Basis} notation; empty: the seeds above. */
    String titleBasis() default "";
}

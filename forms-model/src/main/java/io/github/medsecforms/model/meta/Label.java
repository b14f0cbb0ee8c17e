package io.github.medsecforms.model.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The official Japanese label of a field, and everything templates, the reader, messages and documentation need
 * to know about it. This annotation is the single source of truth: add a field here and it appears everywhere.
 *
 * <p>On a component whose type is a record, the label names a <em>group</em> (e.g. {@code 担当者①}) and the
 * group's own components carry their labels.</p>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Label {
    /** The official Japanese label, without required marks, e.g. {@code グローバルIPアドレス}. */
    String value();

    /** English label, used in English messages and documentation. */
    String en();

    /**
     * Header cells above this column in a two-row header, outermost first (e.g. {@code {"調査希望"}} over
     * {@code 技術バージョン確認}). Empty for a one-row header.
     */
    String[] group() default {};

    /** English texts of {@link #group()}, in the same order; the Japanese text is used where one is missing. */
    String[] groupEn() default {};

    /**
     * Other wordings of the innermost group of {@link #group()} that the reader accepts like the group itself (e.g.
     * the OCR-noise spelling {@code シンクル端末/FAT端末} of {@code シンクラ端末/FAT端末}).
     */
    String[] groupAliases() default {};

    /**
     * Whether the field must be filled: the form marks it ({@code (*)} or {@code 【必須】}, see {@link #marked()}), or the
     * notice's text or our design requires it.
     */
    boolean required() default false;

    /**
     * Whether the official form prints its required mark for this required field (on the label or on an enclosing
     * group). {@code false} where the form prints none although the field is required (by the notice's text or our
     * design): templates then print no mark, and the form's own rule for such fields reports it with its own wording
     * instead of 「必須項目」.
     */
    boolean marked() default true;

    /** Other wordings seen on official or older forms, matched by the reader like the label itself. */
    String[] aliases() default {};

    /** Value shown in the 記入例 (example) row or as an example in documentation; empty for none. */
    String example() default "";

    /** Input message shown when the cell is selected in a template; empty for none. */
    String hint() default "";

    /**
     * Suggested values for a free-text field: offered as a dropdown that still accepts other text
     * (「当てはまらない場合はその用語をご記入ください」). Choice fields take their values from their enum instead.
     */
    String[] suggestions() default {};

    /**
     * Where the label's wording comes from, in {@link io.github.medsecforms.model.Basis} notation: {@code 002「…」} when
     * the seed words it differently, {@code our design: reason}, {@code unverified: reason}. Empty: the label is quoted
     * word for word from one of the form's seeds ({@link FormSpec#seeds()}), as the traceability test checks.
     */
    String basis() default "";

    /** Where each text of {@link #group()} comes from, in the same order; empty or missing: the form's seeds. */
    String[] groupBasis() default {};

    /** Where each of {@link #suggestions()} comes from, in the same order; empty or missing: the form's seeds. */
    String[] suggestionBasis() default {};

    /** The first version (fiscal-year code, e.g. {@code R7}) whose form has this field; empty for every version. */
    String since() default "";

    /** How free text in this field is normalised when read. */
    TextKind text() default TextKind.PLAIN;
}

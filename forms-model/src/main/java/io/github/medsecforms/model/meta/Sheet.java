package io.github.medsecforms.model.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Places a component of a form's root record on a worksheet. Several components may share one sheet
 * (a block of single fields and a table, for example); they appear in declaration order.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Sheet {
    /** The official sheet name, e.g. {@code 基本情報記入シート}. */
    String value();

    /** Title shown above the block on the sheet (e.g. {@code ■お客様情報(医療機関情報)}); empty for none. */
    String title() default "";

    /** Other wordings of {@link #title()} the reader accepts (e.g. the OCR-noise spelling {@code ■ご客様情報…}). */
    String[] titleAliases() default {};

    /** Where the sheet name comes from ({@link io.github.medsecforms.model.Basis} notation); empty: the form's seeds. */
    String nameBasis() default "";

    /** Where the title comes from ({@link io.github.medsecforms.model.Basis} notation); empty: the form's seeds. */
    String titleBasis() default "";
}

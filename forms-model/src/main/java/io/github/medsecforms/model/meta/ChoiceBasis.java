package io.github.medsecforms.model.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where the wording of choice values comes from, in {@link io.github.medsecforms.model.Basis} notation: on a choice
 * enum for all its constants, on a constant for that one (e.g. {@code our design: …}). Without it, a choice quotes the
 * seeds of the form that uses it ({@link FormSpec#seeds()}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface ChoiceBasis {
    /** The basis: {@code 002}, {@code 002「…」}, {@code our design: …} or {@code unverified: …}. */
    String value();
}

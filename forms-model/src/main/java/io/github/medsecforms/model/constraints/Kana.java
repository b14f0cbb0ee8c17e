package io.github.medsecforms.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text must be a reading in hiragana or katakana (with long vowel marks, spaces, digits and common punctuation). Applies to {@code String}; empty text is valid (use the form's required mark for presence).
 *
 * <p>Code {@code MSF-FLD-0002}. Validated by the {@code validation} module (registered by service file); the message is
 * looked up by code in its Japanese and English bundles.</p>
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Kana {
    String message() default "{MSF-FLD-0002}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

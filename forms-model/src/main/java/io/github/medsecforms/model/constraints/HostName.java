package io.github.medsecforms.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A terminal host name: letters, digits and hyphens, 1–63 characters, not starting or ending with a hyphen (NetBIOS names longer than 15 characters are allowed). Applies to {@code String}; empty text is valid.
 *
 * <p>Code {@code MSF-FLD-0004}. Validated by the {@code validation} module (registered by service file); the message is
 * looked up by code in its Japanese and English bundles.</p>
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface HostName {
    String message() default "{MSF-FLD-0004}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

package io.github.medsecforms.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A hospital (病院) has 20 beds or more (医療法); fewer is a warning on hospital-only forms. Applies to {@code Integer}.
 *
 * <p>Code {@code MSF-FLD-0003}. Validated by the {@code validation} module (registered by service file); the message is
 * looked up by code in its Japanese and English bundles.</p>
 *
 * <p>Declare it as a warning: {@code @HospitalBeds(payload = Warning.class)}. Bean Validation requires the default
 * payload of a constraint to be empty (Hibernate Validator refuses the constraint otherwise, HV000075).</p>
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface HospitalBeds {
    String message() default "{MSF-FLD-0003}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

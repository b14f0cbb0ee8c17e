package io.github.medsecforms.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The IPv4 address must be globally routable: private (RFC 1918), shared (CGNAT), loopback, link-local, documentation, multicast, reserved addresses and the {@code 0.0.0.0} placeholder are refused. Applies to {@code Ipv4Address}.
 *
 * <p>Code {@code MSF-FLD-0001}. Validated by the {@code validation} module (registered by service file); the message is
 * looked up by code in its Japanese and English bundles.</p>
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicAddress {
    String message() default "{MSF-FLD-0001}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

package io.github.medsecforms.validation.internal;

import io.github.medsecforms.model.constraints.HostName;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Validates {@link HostName} ({@code MSF-FLD-0004}): ASCII letters, digits and hyphens, 1–63 characters, no hyphen
 * first or last. Empty text and {@code null} are valid (presence is the form's required mark).
 */
public final class HostNameValidator implements ConstraintValidator<HostName, String> {
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isEmpty() || HOST_NAME.matcher(value).matches();
    }
}

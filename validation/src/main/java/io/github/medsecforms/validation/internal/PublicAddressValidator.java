package io.github.medsecforms.validation.internal;

import io.github.medsecforms.model.constraints.PublicAddress;
import io.github.medsecforms.model.value.Ipv4Address;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link PublicAddress} ({@code MSF-FLD-0001}): the address must be globally routable; {@code null} is valid. */
public final class PublicAddressValidator implements ConstraintValidator<PublicAddress, Ipv4Address> {

    @Override
    public boolean isValid(Ipv4Address value, ConstraintValidatorContext context) {
        return value == null || value.isPublic();
    }
}

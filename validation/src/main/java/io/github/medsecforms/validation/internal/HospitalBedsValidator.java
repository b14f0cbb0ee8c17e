package io.github.medsecforms.validation.internal;

import io.github.medsecforms.model.constraints.HospitalBeds;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link HospitalBeds} ({@code MSF-FLD-0003}): a hospital has at least 20 beds; {@code null} is valid. */
public final class HospitalBedsValidator implements ConstraintValidator<HospitalBeds, Integer> {
    /** The smallest number of beds of a 病院 (医療法 第1条の5). */
    static final int MINIMUM = 20;

    @Override
    public boolean isValid(Integer value, ConstraintValidatorContext context) {
        return value == null || value >= MINIMUM;
    }
}

package io.github.medsecforms.model.constraints;

import jakarta.validation.Payload;

/** Payload marking a constraint violation as a warning rather than an error (the default). */
public interface Warning extends Payload {
}

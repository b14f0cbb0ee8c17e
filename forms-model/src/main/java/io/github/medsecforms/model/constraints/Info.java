package io.github.medsecforms.model.constraints;

import jakarta.validation.Payload;

/** Payload marking a constraint violation as information only. */
public interface Info extends Payload {
}

package io.github.medsecforms.archfixture.model.b;

import io.github.medsecforms.archfixture.model.Form;
import io.github.medsecforms.archfixture.model.a.A;

/** ... and model package b uses a. */
public record B(A partner) implements Form {
}

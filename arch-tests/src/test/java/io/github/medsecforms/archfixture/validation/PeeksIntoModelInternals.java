package io.github.medsecforms.archfixture.validation;

import io.github.medsecforms.archfixture.model.internal.Hidden;

/** Breaks rule 6a: validation uses an internal class of the model. */
class PeeksIntoModelInternals {
    Object peek() {
        return new Hidden();
    }
}

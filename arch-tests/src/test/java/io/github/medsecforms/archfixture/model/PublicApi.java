package io.github.medsecforms.archfixture.model;

import io.github.medsecforms.archfixture.model.internal.Hidden;

/** Breaks rule 6b: a public API method returns an internal type. */
public final class PublicApi {
    public Hidden hidden() {
        return new Hidden();
    }
}

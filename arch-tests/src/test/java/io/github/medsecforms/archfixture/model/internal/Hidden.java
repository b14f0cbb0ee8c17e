package io.github.medsecforms.archfixture.model.internal;

/** An internal type of the fixture model. */
public final class Hidden {
}

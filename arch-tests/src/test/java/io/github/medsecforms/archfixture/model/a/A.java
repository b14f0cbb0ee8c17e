package io.github.medsecforms.archfixture.model.a;

import io.github.medsecforms.archfixture.model.Form;
import io.github.medsecforms.archfixture.model.b.B;

/** Breaks rule 7b: model package a uses b ... */
public record A(B partner) implements Form {
}

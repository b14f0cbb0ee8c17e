package io.github.medsecforms.archfixture.xlsx;

import io.github.medsecforms.archfixture.validation.Checker;

/** Breaks rule 2 (io -> validation); with Checker (validation -> io) also rule 7a (module cycle). */
public class UsesValidation {
    public boolean readAndCheck() {
        return new Checker().check(new FormReader().read());
    }
}

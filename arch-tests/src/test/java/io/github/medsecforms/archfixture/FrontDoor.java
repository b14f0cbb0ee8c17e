package io.github.medsecforms.archfixture;

import io.github.medsecforms.archfixture.validation.Checker;
import io.github.medsecforms.archfixture.xlsx.FormReader;

/** Allowed: the front door composes reading (xlsx) and validation. */
public final class FrontDoor {
    public boolean check() {
        return new Checker().check(new FormReader().read());
    }
}

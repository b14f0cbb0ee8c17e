package io.github.medsecforms.archfixture.xlsx;

import io.github.medsecforms.archfixture.FrontDoor;

/** Breaks rule 3: forms-xlsx depends on the front door above it. */
class CallsFrontDoor {
    boolean check() {
        return new FrontDoor().check();
    }
}

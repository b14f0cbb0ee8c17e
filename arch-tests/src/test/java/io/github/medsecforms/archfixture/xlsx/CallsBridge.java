package io.github.medsecforms.archfixture.xlsx;

import io.github.medsecforms.archfixture.bridge.FormsBridge;

/** Breaks rule 3: forms-xlsx depends on the bridge. */
class CallsBridge {
    Object bridge() {
        return FormsBridge.app();
    }
}

package io.github.medsecforms.archfixture.json;

import io.github.medsecforms.archfixture.xlsx.FormReader;

/** Breaks rule 2: forms-json depends on its sibling forms-xlsx. */
class ReadsWorkbooks {
    String read() {
        return new FormReader().read();
    }
}

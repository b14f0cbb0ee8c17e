package io.github.medsecforms.archfixture.validation;

import io.github.medsecforms.archfixture.xlsx.FormReader;

/** Breaks rule 2 the other way (validation -> io). */
public class Checker {
    public boolean check(String text) {
        return text != null && new FormReader().getClass() != null;
    }
}

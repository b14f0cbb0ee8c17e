package io.github.medsecforms.archfixture.xlsx;

/** A harmless forms-io class. */
public class FormReader {
    public String read() {
        return "";
    }
}

package io.github.medsecforms.archfixture.xlsx;

/** A harmless forms-xlsx class. */
public class FormReader {
    public String read() {
        return "";
    }
}

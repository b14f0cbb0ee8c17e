package io.github.medsecforms.archfixture.io;

/** A harmless forms-io class. */
public class FormReader {
    public String read() {
        return "";
    }
}

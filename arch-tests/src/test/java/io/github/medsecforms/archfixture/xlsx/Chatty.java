package io.github.medsecforms.archfixture.xlsx;

/** Breaks rule 9: library code that prints. */
class Chatty {
    void report(Exception e) {
        System.out.println("reading failed");
        e.printStackTrace();
    }
}

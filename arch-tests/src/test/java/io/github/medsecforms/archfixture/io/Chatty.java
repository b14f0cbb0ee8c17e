package io.github.medsecforms.archfixture.io;

/** Breaks rule 9: library code that prints. */
class Chatty {
    void report(Exception e) {
        System.out.println("reading failed");
        e.printStackTrace();
    }
}

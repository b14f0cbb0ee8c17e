package io.github.medsecforms.archfixture.undocumented;

/** Breaks rule 8: its package has no package-info.java. */
class Lonely {
}

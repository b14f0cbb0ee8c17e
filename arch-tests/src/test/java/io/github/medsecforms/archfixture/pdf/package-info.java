/** Fixture forms-pdf. */
package io.github.medsecforms.archfixture.pdf;

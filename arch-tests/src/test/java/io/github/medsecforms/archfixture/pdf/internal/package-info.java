/** Fixture forms-pdf internals. */
package io.github.medsecforms.archfixture.pdf.internal;

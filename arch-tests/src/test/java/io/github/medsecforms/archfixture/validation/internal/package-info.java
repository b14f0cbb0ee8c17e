/** Fixture validation internals. */
package io.github.medsecforms.archfixture.validation.internal;

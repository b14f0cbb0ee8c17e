/** Fixture forms-json internals. */
package io.github.medsecforms.archfixture.json.internal;

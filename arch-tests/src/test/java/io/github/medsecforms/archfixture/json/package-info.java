/** Fixture forms-json. */
package io.github.medsecforms.archfixture.json;

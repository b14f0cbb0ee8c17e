/** Fixture model root: the hub ({@link io.github.medsecforms.archfixture.model.Registry}) and broken model classes. */
package io.github.medsecforms.archfixture.model;

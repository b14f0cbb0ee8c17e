/**
 * <b>Test support</b> (forms-model's test-jar, not shipped): sample instances of every form and jqwik generators,
 * shared by the tests of every module.
 */
package io.github.medsecforms.model.testing;

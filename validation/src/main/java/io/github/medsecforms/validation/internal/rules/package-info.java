/**
 * <b>Internal.</b> The rules of every form and of submission packages, their registry and the context they report
 * through. Use {@link io.github.medsecforms.validation.FormValidator} and {@link io.github.medsecforms.validation.RuleCatalogue}.
 */
package io.github.medsecforms.validation.internal.rules;

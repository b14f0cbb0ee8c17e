/**
 * <b>Internal.</b> Implementation of the model's metadata (descriptor building). Not API: may change without notice;
 * use {@link io.github.medsecforms.model.FormRegistry} instead.
 */
package io.github.medsecforms.model.internal;

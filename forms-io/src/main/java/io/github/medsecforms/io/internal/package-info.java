/**
 * <b>Internal.</b> Shared internals of forms-io: error codes, the message bundle and the form-id table. Not part
 * of the public API; may change without notice.
 */
package io.github.medsecforms.io.internal;

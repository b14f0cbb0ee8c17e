/**
 * <b>Internal.</b> Reading layout profiles ({@link io.github.medsecforms.model.LayoutProfile}) from YAML or JSON
 * text: Jackson's YAML and JSON parsers walked token by token, bounded, every failure coded with its line. Not part of
 * the public API; may change without notice.
 */
package io.github.medsecforms.json.internal.profile;

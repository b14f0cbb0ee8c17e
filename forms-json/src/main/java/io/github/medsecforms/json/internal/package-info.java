/**
 * <b>Internal.</b> The Jackson configuration shared by JSON, XML and JSON Schema: a module with the
 * (de)serializers of the value types, choices, dates, images and secrets, the form-id mix-in, the mappers, and
 * the translation of Jackson's exceptions into coded errors. Not part of the public API; may change without notice.
 */
package io.github.medsecforms.json.internal;

/**
 * <b>Internal.</b> JSON Schema generation (victools jsonschema-generator over forms-json's Jackson view) and the
 * build step that writes {@code docs/schemas/<form-id>.schema.json}. Not part of the public API; may change
 * without notice.
 */
package io.github.medsecforms.json.internal.schema;

/**
 * <b>Public API.</b> Forms as JSON and XML, and their JSON Schemas (module forms-json: Jackson and victools; no
 * workbook or PDF library): {@link io.github.medsecforms.json.FormJson} and {@link io.github.medsecforms.json.FormXml}
 * write any form of {@link io.github.medsecforms.model.FormRegistry} and read it back to an equal record (the
 * document's {@code formId} names the form); {@link io.github.medsecforms.json.FormSchemas} gives the JSON Schema of
 * each form; every failure is a coded {@link io.github.medsecforms.model.FormIoException} with a Japanese (or
 * English) message and the path and position in the document. Passwords
 * ({@link io.github.medsecforms.model.value.Secret}) are never written. Design notes: {@code docs/decisions-io.md}.
 */
package io.github.medsecforms.json;

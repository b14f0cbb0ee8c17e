/**
 * <b>Public API.</b> Forms {@code checklist-hospital}, {@code checklist-vendor}, {@code checklist-minimum}; their items are versioned data (one resource per form and version).
 */
package io.github.medsecforms.model.checklist;

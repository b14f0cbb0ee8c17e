package io.github.medsecforms.validation;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.Stage;

/**
 * A rule as the catalogue lists it.
 *
 * @param id        stable id, e.g. {@code LDS-012}
 * @param formId    the form it checks
 * @param severity  severity of its findings
 * @param stage     stage it runs in
 * @param message   Japanese message template ({0} is the label of what a finding concerns)
 * @param messageEn English message template
 * @param rationale one line saying why the rule is there
 * @param example   an example of what triggers it
 * @param basis     where it comes from: a seed and a quote, or our design and its reason
 */
public record RuleInfo(String id, String formId, Severity severity, Stage stage, String message, String messageEn,
                       String rationale, String example, Basis basis) {
}

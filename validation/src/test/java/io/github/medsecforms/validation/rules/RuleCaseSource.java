package io.github.medsecforms.validation.rules;

import java.util.List;

/** The cases of a form's rules; listed in {@link RuleCasesTest#SOURCES}. */
public interface RuleCaseSource {
    List<RuleCase> cases();
}

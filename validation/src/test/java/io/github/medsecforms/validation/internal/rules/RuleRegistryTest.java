package io.github.medsecforms.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {
    @Test
    void rules_of_a_type_are_the_catalogue_filtered_by_type_in_catalogue_order() {
        Set<Class<? extends Form>> types = new LinkedHashSet<>();
        FormRegistry.forms().stream().map(FormDescriptor::type).forEach(types::add);
        types.add(FormRegistry.credentialList().type());
        for (Class<? extends Form> type : types) {
            assertThat(RuleRegistry.forType(type)).as(type.getName())
                    .containsExactlyElementsOf(RuleRegistry.all().stream().filter(r -> r.formType() == type).toList());
        }
        assertThat(RuleRegistry.all()).allMatch(r -> types.contains(r.formType()));
        assertThat(RuleRegistry.all()).hasSizeGreaterThan(100);
    }
}

package io.github.medsecforms.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.validation.Report;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * LDS-029's message counts the lines and terminals that need a callout. Blind wave 33 showed it naming the floor
 * plan's sheet where the number of lines belongs ("回線 設置場所記入シート 件"): its placeholders were shifted by one,
 * {0} being every message's label.
 */
class FloorPlanWithoutCalloutsMessageTest {

    @Test
    void a_floor_plan_without_callouts_is_told_with_the_numbers_of_lines_and_terminals_in_both_languages() {
        LineDeviceSurvey form = Mutate.set(SampleForms.lineDeviceSurvey(), "floorPlan.callouts", List.of());
        Report report = RuleCase.DEFAULT.validate(form);

        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("LDS-029")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("（回線 " + form.lines().size() + " 件、調査端末 "
                    + form.terminals().size() + " 件）");
            assertThat(f.message(Locale.ENGLISH)).contains("(" + form.lines().size() + " lines, "
                    + form.terminals().size() + " survey terminals)");
        });
    }
}

package io.github.medsecforms.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The required marks the official forms print (seed 002): on the support request only 担当者①② are 【必須】; on
 * 別紙2-1 the (*) marks stand on the line, port and terminal columns, none on 基本情報記入シート. Other fields stay required
 * (the notice's text asks for them) but carry no mark.
 */
class RequiredMarksTest {

    private static List<String> marked(String formId) {
        List<String> out = new ArrayList<>();
        for (SheetDescriptor sheet : FormRegistry.get(formId).sheets()) {
            for (SheetDescriptor.Block b : sheet.blocks()) {
                List<FieldDescriptor> fields = b instanceof SheetDescriptor.FieldBlock fb ? fb.fields()
                        : ((SheetDescriptor.TableBlock) b).table().columns();
                String prefix = b.path().isEmpty() ? "" : b.path() + ".";
                fields.stream().filter(FieldDescriptor::marked).forEach(f -> out.add(prefix + f.path()));
            }
        }
        return out;
    }

    @Test
    void the_support_request_marks_only_contacts_one_and_two() {
        assertThat(marked("support-request")).containsExactlyInAnyOrder(
                "contact1.department", "contact1.name", "contact1.email",
                "contact2.department", "contact2.name", "contact2.email");
        FormDescriptor form = FormRegistry.get("support-request");
        assertThat(form.sheets().get(0).fields()).filteredOn(f -> f.path().equals("hospitalName"))
                .singleElement().satisfies(f -> {
                    assertThat(f.required()).as("still required").isTrue();
                    assertThat(f.marked()).as("but the notice prints no mark").isFalse();
                });
    }

    @Test
    void the_line_survey_marks_only_the_columns_the_briefing_marks_with_an_asterisk() {
        assertThat(marked("line-device-survey")).containsExactlyInAnyOrder(
                "lines.versionCheck", "lines.vulnerabilityScan", "lines.ehrConnection", "lines.purpose",
                "lines.communicationType", "lines.globalIpUse", "lines.ipAssignment", "lines.globalIpAddress",
                "lines.terminationLocation",
                "ports.port", "ports.deviceName", "ports.ipAddress", "ports.portNumber", "ports.protocol",
                "terminals.systemType", "terminals.usage", "terminals.hostName", "terminals.ipAddress",
                "terminals.location",
                "floorPlan.image");
    }
}

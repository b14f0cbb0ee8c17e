package io.github.medsecforms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.checklist.MinimumChecklist;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaxDataTest {

    @Test
    void json_alone_when_nothing_was_cut() {
        byte[] json = "{\"formId\":\"x\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(FaxData.of(json).toBytes()).isEqualTo(json);
        assertThat(FaxData.fromBytes(json)).isEqualTo(FaxData.of(json));
    }

    @Test
    void the_cut_header_names_the_paths_and_comes_back() {
        FaxData data = new FaxData("{}".getBytes(StandardCharsets.UTF_8), List.of("remarks", "entries[3].remarks"));

        assertThat(new String(data.toBytes(), StandardCharsets.UTF_8)).isEqualTo("#cut remarks entries[3].remarks\n{}");
        assertThat(FaxData.fromBytes(data.toBytes())).isEqualTo(data);
    }

    @Test
    void a_remark_over_the_limit_is_cut_to_it_and_named() {
        String remark = "備".repeat(FaxData.FREE_TEXT_LIMIT) + "考";
        MinimumChecklist form = Mutate.set(SampleForms.minimumChecklist(), "entries[1].remarks", remark);

        FaxData.Cut cut = FaxData.cut(form);

        assertThat(cut.paths()).containsExactly("entries[1].remarks");
        assertThat(((MinimumChecklist) cut.form()).entries().get(1).remarks()).isEqualTo("備".repeat(FaxData.FREE_TEXT_LIMIT));
        assertThat(((MinimumChecklist) cut.form()).entries().get(0)).isEqualTo(form.entries().get(0));
    }

    @Test
    void a_remark_at_the_limit_is_kept_whole() {
        String remark = "𠮷".repeat(FaxData.FREE_TEXT_LIMIT); // code points, not UTF-16 units
        MinimumChecklist form = Mutate.set(SampleForms.minimumChecklist(), "entries[1].remarks", remark);

        FaxData.Cut cut = FaxData.cut(form);

        assertThat(cut.paths()).isEmpty();
        assertThat(cut.form()).isSameAs(form);
    }

    @Test
    void a_name_over_its_limit_is_cut_inside_a_nested_record() {
        SupportRequest form = Mutate.set(SampleForms.supportRequest(), "contact2.department", "課".repeat(FaxData.NAME_LIMIT + 5));

        FaxData.Cut cut = FaxData.cut(form);

        assertThat(cut.paths()).containsExactly("contact2.department");
        assertThat(((SupportRequest) cut.form()).contact2().department()).hasSize(FaxData.NAME_LIMIT);
        assertThat(((SupportRequest) cut.form()).contact2().email()).isEqualTo(form.contact2().email());
    }

    @Test
    void an_email_of_the_longest_legal_length_is_never_cut() {
        SupportRequest form = SampleForms.supportRequest();

        assertThat(FaxData.cut(form).paths()).isEmpty();
    }
}

package io.github.medsecforms.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.xlsx.testing.VariantWorkbooks;
import io.github.medsecforms.xlsx.testing.VariantWorkbooks.Options;
import io.github.medsecforms.model.linesurvey.DiagnosisDayCheck;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 入力不要 is one of the choices of 脆弱性診断当日記入欄/グローバルIP確認 (seed 002's example rows): a choice cell reads it as
 * that choice, not as a blank; in the address cell beside it the same word stands for "nothing" and reads as empty.
 */
class NotRequiredIsReadAsItselfTest {

    static Stream<Options> layouts() {
        return Stream.of(Options.PLAIN, Options.EVERY_VARIATION);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void the_choice_not_required_reads_back_as_itself(Options layout) {
        LineDeviceSurvey form = Mutate.set(SampleForms.lineDeviceSurvey(), "lines[0].diagnosisDayCheck",
                DiagnosisDayCheck.NOT_REQUIRED);

        ReadResult read = FormReader.create().read(VariantWorkbooks.write(form, layout), "lds.xlsx");

        LineDeviceSurvey back = (LineDeviceSurvey) read.form();
        assertThat(back.lines().get(0).diagnosisDayCheck()).contains(DiagnosisDayCheck.NOT_REQUIRED);
        assertThat(back.lines().get(0).diagnosisDayAddress()).isEmpty();
    }

    @Test
    void the_template_s_own_workbook_reads_it_back_too() {
        LineDeviceSurvey form = Mutate.set(SampleForms.lineDeviceSurvey(), "lines[0].diagnosisDayCheck",
                DiagnosisDayCheck.NOT_REQUIRED);

        ReadResult read = FormReader.create().read(FormWriter.fill(form).bytes(), "lds.xlsx");

        assertThat(((LineDeviceSurvey) read.form()).lines().get(0).diagnosisDayCheck())
                .contains(DiagnosisDayCheck.NOT_REQUIRED);
    }
}

package io.github.medsecforms.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.offlinebackup.OfflineBackupIntent;
import io.github.medsecforms.model.value.FiscalYear;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Free text survives JSON and XML exactly: markup characters, white space at the ends, line breaks, any script. */
class FreeTextRoundTripTest {

    @Property(tries = 300)
    void free_text_reads_back_exactly(@ForAll("texts") String text) {
        OfflineBackupIntent form = new OfflineBackupIntent(FiscalYear.reiwa(6), text, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), text);

        assertThat(FormJson.read(FormJson.write(form), OfflineBackupIntent.class)).isEqualTo(form);
        assertThat(FormXml.read(FormXml.write(form), OfflineBackupIntent.class)).isEqualTo(form);
    }

    @Test
    void json_carries_control_characters_that_xml_cannot_and_xml_refuses_to_write_them() {
        OfflineBackupIntent form = new OfflineBackupIntent(FiscalYear.reiwa(6), "a\u0001b", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "");

        assertThat(FormJson.read(FormJson.write(form), OfflineBackupIntent.class)).isEqualTo(form);
        assertThatThrownBy(() -> FormXml.write(form)).isInstanceOfSatisfying(FormIoException.class, e -> {
            assertThat(e.code()).isEqualTo("MSF-IO-0003");
            assertThat(e.path()).hasValue("$.hospitalName");
        });
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('ぁ', 'ゖ').withCharRange('一', '龥')
                .withChars('\n', '\r', '\t', '\u3000', '＜', '＆', '～', '①', '㈱')
                .ofMaxLength(40)
                .edgeCases(e -> e.add(" ").add("\n").add("\r\n").add("  前後に空白  ").add("<a>&amp;</a>").add("]]>").add("𠮷野家").add("😀"));
    }
}

package io.github.medsecforms.model.linesurvey;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.ValueKind;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * 通信形態 and 用途・システム名 accept the user's own term (seed 002: 「当てはまらない場合はその用語をご記入ください」);
 * the listed terms keep their meaning for the rules, also in obvious spellings.
 */
class CommunicationTypeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "閉域網, CLOSED_NETWORK",
            "閉域ネットワーク, CLOSED_NETWORK",
            "'閉域網（IP-VPN）', CLOSED_NETWORK",
            "CLOSED_NETWORK, CLOSED_NETWORK",
            "インターネットVPN, INTERNET_VPN",
            "インターネット VPN, INTERNET_VPN",
            "ｲﾝﾀｰﾈｯﾄＶＰＮ, INTERNET_VPN",
            "インターネット-vpn, INTERNET_VPN",
            "INTERNET_VPN, INTERNET_VPN",
            "インターネット, INTERNET",
            "'インターネット（フレッツ光）', INTERNET",
            "Internet, INTERNET"})
    void listed_terms_and_their_obvious_spellings_keep_their_meaning(String written, CommunicationType meant) {
        assertThat(CommunicationType.classify(written)).contains(meant);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"IP-VPN", "VPN", "広域イーサネット", "専用線", "モバイル回線", "その他"})
    void other_terms_are_the_user_s_own_with_no_meaning_read_into_them(String written) {
        assertThat(CommunicationType.classify(written)).isEmpty();
    }

    @Test
    void the_connection_type_and_the_purpose_are_free_text_offering_the_listed_terms() {
        for (String path : new String[] {"communicationType", "purpose"}) {
            FieldDescriptor f = FormRegistry.get("line-device-survey").sheets().stream()
                    .flatMap(s -> s.tables().stream()).filter(t -> t.path().equals("lines"))
                    .flatMap(t -> t.columns().stream()).filter(c -> c.path().equals(path)).findFirst().orElseThrow();
            assertThat(f.kind()).as(path).isEqualTo(ValueKind.TEXT);
            assertThat(f.strict()).as(path).isFalse();
            assertThat(f.choices()).as(path).isNotEmpty();
        }
    }

    @Test
    void a_line_keeps_the_term_as_written_and_tells_its_meaning() {
        Line line = new Line(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        Line closed = new Line(null, null, null, null, "閉域網（IP-VPN）", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);

        assertThat(line.communicationKind()).isEmpty();
        assertThat(closed.communicationType()).isEqualTo("閉域網（IP-VPN）");
        assertThat(closed.communicationKind()).isEqualTo(Optional.of(CommunicationType.CLOSED_NETWORK));
    }

    @Test
    void the_suggestions_of_the_connection_type_are_the_terms_the_briefing_shows() {
        FieldDescriptor f = FormRegistry.get("line-device-survey").sheets().stream()
                .flatMap(s -> s.tables().stream()).filter(t -> t.path().equals("lines"))
                .flatMap(t -> t.columns().stream()).filter(c -> c.path().equals("communicationType")).findFirst()
                .orElseThrow();
        assertThat(f.choices()).containsExactly("インターネット", "インターネットVPN", "閉域網");
    }
}

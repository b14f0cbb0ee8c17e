package io.github.medsecforms.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medsecforms.model.FormIoException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FaxPayloadTest {
    private static final String JSON = "{\n  \"formId\": \"offline-backup-intent\",\n  \"version\": \"R6\",\n"
            + "  \"hospitalName\": \"サンプル総合病院\",\n  \"patientCount\": 1200,\n"
            + "  \"currentState\": \"NOT_IMPLEMENTED\",\n  \"intent\": \"PROCURE_THIS_YEAR\",\n"
            + "  \"storage\": \"ON_PREMISES_MEDIA\",\n  \"remarks\": \"LTOを検討中\"\n}";

    /** Encoding version 1 of {@link #JSON} in chunks of at most 40 bytes, as written when version 1 was frozen. */
    private static final List<String> GOLDEN_V1 = List.of(
            "4d534601943b6fb50103156f66666c696e652d6261636b75702d696e74656e7402523601000001",
            "4d534601943b6fb5020308a36a1df5b8692bb8ee06d6e3ab919b29d8eb2e231c751791f50cee",
            "4d534601943b6fb503035a807031ef13e2ffb869d2b325735eace803361580591d005c3d7cbe");

    private static List<byte[]> hex(List<String> chunks) {
        return chunks.stream().map(HexFormat.of()::parseHex).toList();
    }

    private static byte[] json() {
        return JSON.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void version_1_golden_bytes_still_decode_to_the_same_form() {
        FaxPayload.Decoded decoded = FaxPayload.decode(hex(GOLDEN_V1));

        assertThat(decoded.formId()).isEqualTo("offline-backup-intent");
        assertThat(decoded.formVersion()).isEqualTo("R6");
        assertThat(decoded.encodingVersion()).isEqualTo(1);
        assertThat(new String(decoded.data(), StandardCharsets.UTF_8)).isEqualTo(JSON);
    }

    @Test
    void version_1_dictionary_is_frozen() throws Exception {
        byte[] dictionary;
        try (var in = FaxPayload.class.getResourceAsStream("internal/fax-dictionary-v1.txt")) {
            dictionary = in.readAllBytes();
        }
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(dictionary)))
                .as("the dictionary of encoding version 1 must never change (a new one is a new version)")
                .isEqualTo(DICTIONARY_V1_SHA256);
    }

    static final String DICTIONARY_V1_SHA256 = "c39e703b3c57a0754abe2fe3fcbeda525dedb8770cb0b89a28cc20d8437b8611";

    @Test
    void the_encoder_writes_version_1_as_pinned() {
        assertThat(FaxPayload.encode("offline-backup-intent", "R6", json(), 40))
                .map(HexFormat.of()::formatHex).containsExactlyElementsOf(GOLDEN_V1);
    }

    @Test
    void every_chunk_names_the_magic_the_version_its_document_and_its_number() {
        List<byte[]> chunks = FaxPayload.encode("offline-backup-intent", "R6", json(), 40);

        assertThat(chunks).hasSize(3).allSatisfy(c -> {
            assertThat(c.length).isLessThanOrEqualTo(40);
            assertThat(new String(c, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("MSF");
            assertThat(c[3]).isEqualTo((byte) 1);
            assertThat(c[9]).isEqualTo((byte) 3);
        });
        assertThat(chunks).extracting(c -> (int) c[8]).containsExactly(1, 2, 3);
    }

    @Test
    void chunks_decode_in_any_order_with_duplicates() {
        List<byte[]> chunks = new ArrayList<>(FaxPayload.encode("support-request", "R6", json(), 32));
        chunks.add(chunks.get(0));
        chunks.add(chunks.get(2));
        Collections.shuffle(chunks, new Random(7));

        assertThat(FaxPayload.decode(chunks).data()).isEqualTo(json());
    }

    @Test
    void compressible_data_is_deflated_far_below_its_size() {
        List<byte[]> chunks = FaxPayload.encode("offline-backup-intent", "R6", json(), 2000);

        assertThat(chunks).hasSize(1);
        assertThat(chunks.get(0).length).isLessThan(json().length / 2);
    }

    @Test
    void incompressible_and_empty_data_round_trip_stored() {
        byte[] noise = new byte[300];
        new Random(1).nextBytes(noise);

        assertThat(FaxPayload.decode(FaxPayload.encode("x", "R6", noise, 100)).data()).isEqualTo(noise);
        assertThat(FaxPayload.decode(FaxPayload.encode("x", "R6", new byte[0], 16)).data()).isEmpty();
    }

    @Test
    void a_chunk_size_too_small_for_the_header_is_refused() {
        assertThatThrownBy(() -> FaxPayload.encode("x", "R6", json(), 15)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- coded failures

    private static FormIoException failure(List<byte[]> chunks) {
        try {
            FaxPayload.decode(chunks);
        } catch (FormIoException e) {
            return e;
        }
        throw new AssertionError("decoded");
    }

    @Test
    void a_code_that_is_not_ours_is_msf_io_0410_naming_which() {
        List<byte[]> chunks = new ArrayList<>(hex(GOLDEN_V1));
        chunks.set(1, "https://example.jp/".getBytes(StandardCharsets.US_ASCII));

        FormIoException e = failure(chunks);

        assertThat(e.code()).isEqualTo("MSF-IO-0410");
        assertThat(e.getMessage()).contains("3個のコードのうち2番目", "medsec-formsの様式のコードではありません");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("Code 2 of 3");
    }

    @Test
    void a_newer_encoding_version_is_msf_io_0411() {
        List<byte[]> chunks = hex(GOLDEN_V1);
        chunks.forEach(c -> c[3] = 2);

        FormIoException e = failure(chunks);

        assertThat(e.code()).isEqualTo("MSF-IO-0411");
        assertThat(e.getMessage()).contains("バージョン2", "バージョン1まで", "更新してください");
    }

    @Test
    void chunks_of_two_documents_are_msf_io_0412() {
        List<byte[]> chunks = new ArrayList<>(FaxPayload.encode("offline-backup-intent", "R6", json(), 40));
        chunks.set(2, FaxPayload.encode("offline-backup-intent", "R6", "{}".getBytes(StandardCharsets.UTF_8), 40)
                .get(0));

        FormIoException e = failure(chunks);

        assertThat(e.code()).isEqualTo("MSF-IO-0412");
        assertThat(e.getMessage()).contains("943b6fb5", "異なる書類");
    }

    @Test
    void missing_chunks_are_msf_io_0413_naming_which_as_printed() {
        List<byte[]> chunks = hex(GOLDEN_V1).subList(0, 1);

        FormIoException e = failure(chunks);

        assertThat(e.code()).isEqualTo("MSF-IO-0413");
        assertThat(e.getMessage()).contains("3個のうち 2/3, 3/3 がありません", "読めたのは1個");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("2/3, 3/3 of 3 not found");
    }

    @Test
    void a_changed_byte_is_msf_io_0414_the_checksum() {
        byte[] noise = new byte[60];
        new Random(3).nextBytes(noise); // stored, so a changed byte reaches the checksum unchanged
        List<byte[]> chunks = FaxPayload.encode("x", "R6", noise, 40);
        chunks.get(1)[20] ^= 0x01;

        FormIoException e = failure(chunks);

        assertThat(e.code()).isEqualTo("MSF-IO-0414");
        assertThat(e.getMessage()).contains("検査値と一致しません");
    }

    @Test
    void inconsistent_numbering_is_msf_io_0415_damaged() {
        List<byte[]> chunks = hex(GOLDEN_V1);
        chunks.get(1)[9] = 4; // 2/4 beside 1/3

        assertThat(failure(chunks).code()).isEqualTo("MSF-IO-0415");
    }

    @Test
    void the_same_number_twice_with_different_content_is_msf_io_0415() {
        List<byte[]> chunks = new ArrayList<>(hex(GOLDEN_V1));
        byte[] other = chunks.get(1).clone();
        other[15] ^= 0x10;
        chunks.add(other);

        assertThat(failure(chunks).code()).isEqualTo("MSF-IO-0415");
    }

    @Test
    void no_chunk_at_all_is_msf_io_0416() {
        assertThat(failure(List.of()).code()).isEqualTo("MSF-IO-0416");
    }

    @Test
    void complete_untouched_chunks_raise_nothing() {
        assertThat(FaxPayload.decode(hex(GOLDEN_V1)).formId()).isEqualTo("offline-backup-intent");
    }

    // ---------------------------------------------------------------- properties

    @Property(tries = 300)
    void any_data_round_trips_through_any_chunk_size_in_any_order(@ForAll @Size(max = 3000) byte[] data,
                                                                  @ForAll @IntRange(min = 16, max = 400) int max,
                                                                  @ForAll Random random) {
        if (data.length / (max - 10) > 250) {
            return; // more than 255 chunks: refused by design
        }
        List<byte[]> chunks = new ArrayList<>(FaxPayload.encode("checklist-hospital", "R7", data, max));
        assertThat(chunks).allSatisfy(c -> assertThat(c.length).isLessThanOrEqualTo(max));
        chunks.add(chunks.get(random.nextInt(chunks.size())));
        Collections.shuffle(chunks, random);

        FaxPayload.Decoded decoded = FaxPayload.decode(chunks);

        assertThat(decoded.data()).isEqualTo(data);
        assertThat(decoded.formId()).isEqualTo("checklist-hospital");
        assertThat(decoded.formVersion()).isEqualTo("R7");
    }

    @Property(tries = 200)
    void japanese_text_round_trips(@ForAll("japanese") String text, @ForAll @IntRange(min = 40, max = 300) int max) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);

        assertThat(FaxPayload.decode(FaxPayload.encode("support-request", "R6", data, max)).data()).isEqualTo(data);
    }

    @Provide
    Arbitrary<String> japanese() {
        return Arbitraries.strings().withCharRange('぀', 'ヿ').withCharRange('一', '龥').withChars("{}\":, \n")
                .ofMaxLength(800);
    }
}

package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.checklist.ChecklistEntry;
import io.github.medsecforms.model.checklist.HospitalChecklist;
import io.github.medsecforms.model.offlinebackup.OfflineBackupIntent;
import io.github.medsecforms.model.supportrequest.SupportContact;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.model.testing.FormArbitraries;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.EmailAddress;
import io.github.medsecforms.pdf.FaxData;
import io.github.medsecforms.pdf.FaxPayload;
import io.github.medsecforms.pdf.FormPdf;
import io.github.medsecforms.pdf.PdfFont;
import io.github.medsecforms.pdf.testing.FaxRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The full FAX round trip, where forms-json and forms-pdf meet: model → {@code render --pdf} (the form's canonical
 * JSON in the codes) → every page rasterised at FAX standard (203 × 98 dpi) and fine (203 × 196 dpi), 1-bit → ZXing
 * reads every code → {@link FaxPayload#decode} → {@link FaxData#fromBytes} → {@link FormJson#read} → the same model.
 * Degraded scans (skew, noise, TIFF, JPEG) are the import's tests (issue 14, item 2).
 */
class FaxRoundTripTest {
    private static final PdfFont FONT = PdfFont.locate(Optional.empty());

    @TempDir
    Path dir;

    static <F extends Form> FaxData readBack(byte[] pdf, float dpiY) {
        List<byte[]> codes = new ArrayList<>();
        FaxRaster.codesPerPage(pdf, FaxRaster.DPI_X, dpiY).forEach(codes::addAll);
        FaxPayload.Decoded decoded = FaxPayload.decode(codes);
        return FaxData.fromBytes(decoded.data());
    }

    static Form read(FaxData data, Form like) {
        return FormJson.read(data.json(), like.getClass());
    }

    @ParameterizedTest
    @ValueSource(strings = {"support-request", "checklist-minimum", "checklist-hospital", "checklist-vendor",
            "offline-backup-intent"})
    void render_pdf_prints_codes_that_read_back_to_the_same_model(String formId) throws IOException {
        Form form = SampleForms.full(formId);
        Path json = Files.write(dir.resolve(formId + ".json"), FormJson.writeBytes(form));

        Run run = Run.of("render", json.toString(), "--pdf", "--allow-errors");

        assertThat(run.exitCode()).as(run.err()).isIn(0, ExitCodes.FINDINGS);
        byte[] pdf = Files.readAllBytes(dir.resolve(formId + ".pdf"));
        for (float dpiY : new float[] {FaxRaster.STANDARD_Y, FaxRaster.FINE_Y}) {
            FaxData back = readBack(pdf, dpiY);
            assertThat(back.cutPaths()).isEmpty();
            assertThat(read(back, form)).isEqualTo(form);
        }
        if (formId.equals("checklist-minimum") && Boolean.getBoolean("medsec.docs.update")) {
            ImageIO.write(FaxRaster.stretchRows(FaxRaster.page(pdf, 0, FaxRaster.DPI_X, FaxRaster.STANDARD_Y), 2),
                    "png", Repository.root().resolve("docs/images/checklist-minimum-fax.png").toFile());
        }
    }

    /** The longest legal values: e-mail addresses of 254 characters, texts at their limits, 患者数 3000. */
    @ParameterizedTest
    @ValueSource(strings = {"support-request", "checklist-hospital", "offline-backup-intent"})
    void the_longest_legal_values_read_back_intact(String formId) {
        Form form = longest(formId);
        FaxData.Cut cut = FaxData.cut(form);
        assertThat(cut.paths()).isEmpty();

        byte[] pdf = FormPdf.render(form, FONT, new FaxData(FormJson.writeBytes(cut.form()), cut.paths()));

        assertThat(read(readBack(pdf, FaxRaster.STANDARD_Y), form)).isEqualTo(form);
    }

    static Form longest(String formId) {
        String remarks = "長".repeat(FaxData.FREE_TEXT_LIMIT);
        String name = "名".repeat(FaxData.NAME_LIMIT);
        return switch (formId) {
            case "support-request" -> {
                SupportRequest r = SampleForms.supportRequest();
                SupportContact c = new SupportContact(name, name, Optional.of(longestEmail()));
                yield new SupportRequest(r.version(), r.hospitalCode(), name, r.postalCode(), name, r.phoneNumber(), c, c,
                        c, r.dataUse(), remarks, r.notSupportedBefore(), r.hasEhr(), r.surveyFeasible());
            }
            case "checklist-hospital" -> {
                HospitalChecklist h = SampleForms.hospitalChecklist();
                List<ChecklistEntry> entries = h.entries().stream().map(e -> new ChecklistEntry(e.itemId(),
                        e.firstAnswer(), e.firstDate(), e.targetDate(), e.secondAnswer(), e.secondDate(), remarks)).toList();
                yield new HospitalChecklist(h.version(), name, h.checkedOn(), entries);
            }
            default -> {
                OfflineBackupIntent o = SampleForms.offlineBackupIntent();
                yield new OfflineBackupIntent(o.version(), name, Optional.of(3000), o.currentState(), o.intent(),
                        o.storage(), remarks);
            }
        };
    }

    /** 254 characters, the most an address may have (RFC 5321), with a 64-character local part. */
    static EmailAddress longestEmail() {
        String address = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".jp";
        assertThat(address).hasSize(254);
        return EmailAddress.parse(address);
    }

    @ParameterizedTest
    @ValueSource(ints = {FaxData.FREE_TEXT_LIMIT + 1, 2000})
    void a_remark_over_the_limit_reads_back_cut_and_named(int length) {
        OfflineBackupIntent o = SampleForms.offlineBackupIntent();
        OfflineBackupIntent form = new OfflineBackupIntent(o.version(), o.hospitalName(), o.patientCount(),
                o.currentState(), o.intent(), o.storage(), "備".repeat(length));
        FaxData.Cut cut = FaxData.cut(form);

        byte[] pdf = FormPdf.render(form, FONT, new FaxData(FormJson.writeBytes(cut.form()), cut.paths()));
        FaxData back = readBack(pdf, FaxRaster.STANDARD_Y);

        assertThat(back.cutPaths()).containsExactly("remarks");
        assertThat(((OfflineBackupIntent) read(back, form)).remarks()).isEqualTo("備".repeat(FaxData.FREE_TEXT_LIMIT));
    }

    @Property(tries = 8)
    void generated_forms_read_back_from_their_codes(@ForAll("printed") Form form) {
        FaxData.Cut cut = FaxData.cut(form);

        byte[] pdf = FormPdf.render(form, FONT, new FaxData(FormJson.writeBytes(cut.form()), cut.paths()));

        assertThat(read(readBack(pdf, FaxRaster.STANDARD_Y), form)).isEqualTo(cut.form());
    }

    @Provide
    Arbitrary<Form> printed() {
        return Arbitraries.oneOf(FormPdf.supportedForms().stream()
                        .map(id -> FormArbitraries.of(FormRegistry.get(id).type()).map(f -> (Form) f)).toList())
                .filter(f -> f.toString().codePoints().allMatch(FONT::canDisplay));
    }
}

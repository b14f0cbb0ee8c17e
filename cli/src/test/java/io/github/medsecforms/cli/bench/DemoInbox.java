package io.github.medsecforms.cli.bench;

import io.github.medsecforms.cli.Fixtures;
import io.github.medsecforms.model.supportrequest.SupportContact;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import io.github.medsecforms.model.value.EmailAddress;
import io.github.medsecforms.model.value.HospitalCode;
import io.github.medsecforms.xlsx.FormWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The prefecture's inbox of docs/walkthrough-prefecture.md: support requests as hospitals send them — valid ones,
 * one with errors, one in the legacy .xls format, one that is no workbook, one of another form — and, with
 * {@code fix}, the corrected resubmission of the one with errors.
 *
 * <p>Usage: {@code DemoInbox <dir>} or {@code DemoInbox <dir> fix}</p>
 */
public final class DemoInbox {
    private DemoInbox() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        if (args.length > 1 && args[1].equals("fix")) {
            Fixtures.write(dir, "03_3710114442_丸亀サンプル病院.xlsx", FormWriter.fill(marugame(true)).bytes());
            return;
        }
        Fixtures.write(dir, "01_3710112347_香川県立サンプル中央病院.xlsx",
                FormWriter.fill(SampleForms.supportRequest()).bytes());
        Fixtures.write(dir, "02_3710113246_高松みなとサンプル病院.xlsx", Fixtures.variant(hospital("3710113246",
                "高松みなとサンプル病院", "香川県高松市朝日町1-2-3", "takamatsu")));
        Fixtures.write(dir, "03_3710114442_丸亀サンプル病院.xlsx", FormWriter.fill(marugame(false)).bytes());
        Fixtures.write(dir, "04_3710115316_坂出サンプル病院.xls", Fixtures.legacyXls());
        Fixtures.write(dir, "05_3710116215_さぬきサンプル病院.xlsx", Fixtures.notAWorkbook());
        Fixtures.write(dir, "06_3710117114_観音寺サンプル病院.xlsx",
                FormWriter.fill(SampleForms.lineDeviceSurvey()).bytes());
        Fixtures.write(dir, "東讃/07_3710118013_東かがわサンプル病院.xlsx", FormWriter.fill(hospital("3710118013",
                "東かがわサンプル病院", "香川県東かがわ市湊1-1", "higashikagawa")).bytes());
    }

    private static SupportRequest hospital(String code, String name, String address, String mail) {
        SupportRequest r = SampleForms.supportRequest();
        r = Mutate.set(r, "hospitalCode", HospitalCode.parse(code));
        r = Mutate.set(r, "hospitalName", name);
        r = Mutate.set(r, "address", address);
        r = Mutate.set(r, "contact1.email", EmailAddress.parse("it@" + mail + ".example.jp"));
        r = Mutate.set(r, "contact2.email", EmailAddress.parse("jimu@" + mail + ".example.jp"));
        r = Mutate.set(r, "contact3.email", EmailAddress.parse("somu@" + mail + ".example.jp"));
        return Mutate.set(r, "remarks", "");
    }

    /** 丸亀: 担当者② left empty and no answer on the consent, until fixed. */
    private static SupportRequest marugame(boolean fixed) {
        SupportRequest r = hospital("3710114442", "丸亀サンプル病院", "香川県丸亀市大手町2-3-1", "marugame");
        if (fixed) {
            return r;
        }
        r = Mutate.set(r, "contact2", SupportContact.EMPTY);
        return Mutate.set(r, "dataUse", Optional.empty());
    }
}

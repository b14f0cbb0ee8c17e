package io.github.medsecforms.examples;

import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.supportrequest.DataUse;
import io.github.medsecforms.model.supportrequest.SupportContact;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.model.value.EmailAddress;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.HospitalCode;
import io.github.medsecforms.model.value.PhoneNumber;
import io.github.medsecforms.model.value.PostalCode;
import io.github.medsecforms.xlsx.FormReader;
import io.github.medsecforms.xlsx.FormWriter;
import io.github.medsecforms.xlsx.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Example: list the forms, write a blank template, build a form in code, fill a workbook with it, turn it into JSON
 * and read the workbook back. Uses only the public API.
 */
public final class TemplateAndJson {
    private TemplateAndJson() {
    }

    public static void main(String[] args) throws IOException {
        run(Path.of(args.length > 0 ? args[0] : "."), System.out);
    }

    /** Writes {@code support-request.xlsx} (blank) and {@code support-request-filled.xlsx} to {@code dir}. */
    public static Form run(Path dir, java.io.PrintStream out) throws IOException {
        for (FormDescriptor form : FormRegistry.forms()) {
            out.println(form.id() + "\t" + form.latestVersion() + "\t" + form.title());
        }
        Files.write(dir.resolve("support-request.xlsx"), Templates.template("support-request"));

        SupportRequest request = new SupportRequest(FiscalYear.reiwa(6),
                Optional.of(HospitalCode.expand("0712362", 34, 1)), "サンプル病院",
                Optional.of(PostalCode.parse("7008570")), "岡山県岡山市北区内山下2-4-6",
                Optional.of(PhoneNumber.parse("086-226-7403")),
                new SupportContact("情報システム課", "岡山 太郎", Optional.of(EmailAddress.parse("taro@example.jp"))),
                new SupportContact("医事課", "吉備 花子", Optional.of(EmailAddress.parse("hanako@example.jp"))),
                null, Optional.of(DataUse.ALLOWED), "", null, null, null);
        Path filled = dir.resolve("support-request-filled.xlsx");
        Files.write(filled, FormWriter.fill(request).bytes());
        out.println(FormJson.write(request));
        return FormReader.create().read(filled).form();
    }
}

package io.github.medsecforms.cli.internal;

import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.json.FormXml;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.linesurvey.CredentialList;
import io.github.medsecforms.validation.Report;
import io.github.medsecforms.validation.SubmittedForm;
import io.github.medsecforms.pdf.FormPdf;
import io.github.medsecforms.pdf.PdfFont;
import io.github.medsecforms.xlsx.FormReader;
import io.github.medsecforms.xlsx.FormWriter;
import io.github.medsecforms.xlsx.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medsec-forms render <form.json|form.xml|form.xlsx> (--pdf [-o file.pdf] | -o file.xlsx)}: a form document
 * (FormJson, FormXml) or a filled workbook as the filled workbook, or as PDF — the FAX-ready 回答様式 for {@code support-request}; other forms have no
 * PDF layout (exit 2). A form with errors is not made into a PDF (the errors are listed on stderr, exit 1) unless
 * {@code --allow-errors} is given. Never overwrites an existing file without {@code --force}.
 */
@Command(name = "render", sortOptions = false)
public final class RenderCommand extends CliCommand {
    @Parameters(paramLabel = "<form.json|form.xlsx>", descriptionKey = "render.input")
    Path input;

    @Option(names = "--pdf", descriptionKey = "render.pdf")
    boolean pdf;

    @Option(names = {"-o", "--output"}, paramLabel = "<file.pdf|file.xlsx>", descriptionKey = "render.output")
    Path output;

    @Option(names = "--font", paramLabel = "<font.ttf>", descriptionKey = "font")
    Path font;

    @Option(names = "--force", descriptionKey = "force")
    boolean force;

    @Option(names = "--allow-errors", descriptionKey = "render.allowErrors")
    boolean allowErrors;

    @Mixin
    CheckOptions check;

    @Override
    public Integer call() {
        Messages m = messages();
        Locale locale = Coded.locale(m);
        boolean toPdf = pdf || output != null && name(output).endsWith(".pdf");
        boolean toXlsx = !toPdf && output != null && name(output).endsWith(".xlsx");
        if (!toPdf && !toXlsx) {
            err().println(Coded.message(m, "MSF-CLI-0008"));
            return ExitCodes.USAGE;
        }
        Path target = output != null ? output : defaultPdf(input);
        Form form;
        SubmittedForm submitted;
        try {
            byte[] bytes = Files.readAllBytes(input);
            if (Inputs.isWorkbook(input)) {
                // a filled workbook: what could not be read is shown, and left blank in the output
                FormReader reader = check.profile().map(FormReader.create()::withProfile).orElseGet(FormReader::create);
                ReadResult read = reader.read(bytes, Inputs.displayName(input));
                read.findings().forEach(f -> err().println(m.get("render.readFinding", f.sheet() + "!" + f.cell(),
                        f.ruleId(), f.message(locale))));
                form = read.form();
                submitted = new SubmittedForm(form, read.fileName(), read.origins(), read.findings(), read.credentials());
            } else {
                form = name(input).endsWith(".xml") ? FormXml.read(bytes) : FormJson.read(bytes);
                submitted = new SubmittedForm(form, Inputs.displayName(input), null, null, null);
            }
        } catch (IOException e) {
            err().println(Coded.message(m, "MSF-CLI-0015", input, Coded.reason(m, e)));
            return ExitCodes.USAGE;
        } catch (FormIoException e) {
            err().println(e.getMessage(locale) + m.get("render.inFile", input));
            return ExitCodes.USAGE;
        }
        try {
            Output.refuseOverwrite(target, force, m);
            byte[] bytes;
            if (toPdf) {
                String id = FormRegistry.describe(form).id();
                if (!FormPdf.supports(id)) {
                    err().println(Coded.message(m, "MSF-CLI-0006", id, String.join(", ", FormPdf.supportedForms())));
                    return ExitCodes.USAGE;
                }
                PdfFont pdfFont;
                try {
                    pdfFont = Fonts.resolve(font, env());
                } catch (FormIoException e) {
                    err().println(e.getMessage(locale));
                    err().println(m.get("pdf.font.hint"));
                    return ExitCodes.USAGE;
                }
                // a FAX-ready PDF of a form with errors would be sent as it is: refuse unless asked for
                Report report = check.validator().validate(submitted);
                int errors = report.count(Severity.ERROR);
                if (errors > 0) {
                    report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                            .forEach(f -> err().println(m.get("render.error", f.ruleId(), f.message(locale))));
                    if (!allowErrors) {
                        err().println(Coded.message(m, "MSF-CLI-0017", input, errors));
                        return ExitCodes.FINDINGS;
                    }
                    err().println(m.get("render.errorsAllowed", errors));
                }
                // every page carries QR codes of the form's canonical JSON (docs/fax.md), long texts cut in the codes
                io.github.medsecforms.pdf.FaxData.Cut cut = io.github.medsecforms.pdf.FaxData.cut(form);
                bytes = FormPdf.render(form, pdfFont, new io.github.medsecforms.pdf.FaxData(
                        io.github.medsecforms.json.FormJson.writeBytes(cut.form()), cut.paths()));
            } else {
                bytes = form instanceof CredentialList list ? FormWriter.fillCredentials(list).bytes()
                        : FormWriter.fill(form).bytes();
            }
            Output.write(target, bytes, m);
        } catch (FormIoException e) {
            err().println(e.getMessage(locale));
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            err().println(Coded.message(m, "MSF-CLI-0016", input, m.get("render.noLayout")));
            return ExitCodes.USAGE;
        } catch (Output.WriteFailure e) {
            err().println(e.getMessage());
            return ExitCodes.USAGE;
        }
        out().println(m.get("render.written", target));
        return ExitCodes.OK;
    }

    private static String name(Path p) {
        return p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /** {@code request.json} → {@code request.pdf} beside it. */
    static Path defaultPdf(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return input.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".pdf");
    }
}

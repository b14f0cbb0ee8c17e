package io.github.medsecforms.cli.internal;

import io.github.medsecforms.MedsecForms;
import io.github.medsecforms.json.FormJson;
import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.xlsx.ReadExplanation;
import io.github.medsecforms.xlsx.ReadPlacement;
import io.github.medsecforms.xlsx.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medsec-forms read <FILE> [--explain] [--format text|json] [--profile FILE]}: what the reader read from one
 * workbook (with a layout profile, as {@code validate --profile} reads it). Without
 * {@code --explain}: the form as JSON, the same document as the bridge's {@code POST /api/v1/forms/{id}/parse}
 * ({@link FormJson}; an array when the workbook holds several submissions), and the read findings on standard error.
 * With {@code --explain}: every value with the sheet!cell it came from and how it was found, then the text the reader
 * did not place — as a text table, or JSON with {@code --format json}. Nothing is validated: exit 0 when the workbook
 * was read, 2 when it could not be (a usage error, a missing file, not one of the forms).
 */
@Command(name = "read", sortOptions = false)
public final class ReadCommand extends CliCommand {
    /** The longest value a text table shows before cutting it (the JSON keeps it whole). */
    static final int MAX_TEXT = 60;

    @Parameters(paramLabel = "<FILE>", descriptionKey = "read.file")
    Path file;

    @Option(names = "--explain", descriptionKey = "read.explain")
    boolean explain;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "read.format")
    OutputFormat format;

    @Option(names = "--profile", paramLabel = "<profile.yaml>", descriptionKey = "check.profile")
    Path profileFile;

    @Override
    public Integer call() {
        Messages m = messages();
        Locale locale = Coded.locale(m);
        if (format == OutputFormat.MARKDOWN) {
            err().println(m.get("error.usage", m.get("read.formatOnly", format.name().toLowerCase(Locale.ROOT))));
            return ExitCodes.USAGE;
        }
        if (!Files.exists(file)) {
            err().println(Coded.message(m, "MSF-CLI-0001", file));
            return ExitCodes.USAGE;
        }
        if (!Files.isRegularFile(file)) {
            err().println(Coded.message(m, "MSF-CLI-0015", file, m.get("read.notAFile")));
            return ExitCodes.USAGE;
        }
        java.util.Optional<io.github.medsecforms.model.LayoutProfile> profile = profileFile == null
                ? java.util.Optional.empty() : java.util.Optional.of(ProfileFile.load(profileFile, m));
        ReadExplanation explained;
        try {
            explained = MedsecForms.checker(c -> profile.ifPresent(c::profile)).explain(file);
        } catch (FormIoException e) {
            err().println(e.getMessage(locale) + m.get("render.inFile", file));
            return ExitCodes.USAGE;
        }
        if (!explain) {
            List<Form> forms = explained.results().stream().map(ReadResult::form).toList();
            out().println(forms.size() == 1 ? FormJson.write(forms.get(0)) : FormJson.writeAll(forms));
            for (ReadResult r : explained.results()) {
                for (Finding f : r.findings()) {
                    err().println(m.get("read.finding", f.location(), f.ruleId(), f.message(locale)));
                }
            }
            return ExitCodes.OK;
        }
        boolean english = locale == Locale.ENGLISH;
        if (format == OutputFormat.JSON) {
            out().print(CliJson.write(json(explained, english)));
        } else {
            out().print(text(explained, english, m));
        }
        return ExitCodes.OK;
    }

    /** The explanation as the CLI's JSON: file, form, submissions, then the placements and the text not read. */
    static Map<String, Object> json(ReadExplanation explained, boolean english) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", explained.fileName());
        root.put("formId", explained.formId());
        var form = FormRegistry.get(explained.formId());
        root.put("title", english && !form.titleEn().isBlank() ? form.titleEn() : form.title());
        root.put("submissions", explained.results().size());
        List<Object> placed = new ArrayList<>();
        for (ReadPlacement p : explained.placed()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("path", p.path());
            e.put("label", english ? p.labelEn() : p.label());
            e.put("sheet", p.sheet());
            e.put("cell", p.cell());
            e.put("value", p.value());
            e.put("how", p.how());
            placed.add(e);
        }
        root.put("placements", placed);
        List<Object> unread = new ArrayList<>();
        for (ReadPlacement p : explained.unread()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("sheet", p.sheet());
            e.put("cell", p.cell());
            e.put("text", p.value());
            unread.add(e);
        }
        root.put("unread", unread);
        return root;
    }

    /** The explanation as two aligned tables: the values read, then the text not read. */
    static String text(ReadExplanation explained, boolean english, Messages m) {
        var form = FormRegistry.get(explained.formId());
        StringBuilder sb = new StringBuilder();
        sb.append(m.get("read.header", explained.fileName(), explained.formId(),
                english && !form.titleEn().isBlank() ? form.titleEn() : form.title())).append('\n');
        if (explained.results().size() > 1) {
            sb.append(m.get("read.submissions", explained.results().size())).append('\n');
        }
        List<ReadPlacement> placed = explained.placed();
        sb.append('\n').append(m.get("read.placed", placed.size())).append('\n');
        if (!placed.isEmpty()) {
            TextTable table = new TextTable().row(m.get("read.column.label"), m.get("read.column.value"),
                    m.get("read.column.cell"), m.get("read.column.how"));
            for (ReadPlacement p : placed) {
                table.row(english ? p.labelEn() : p.label(), shorten(p.value()), p.location(), p.how());
            }
            sb.append(table.render("  "));
        }
        List<ReadPlacement> unread = explained.unread();
        sb.append('\n').append(m.get("read.unread", unread.size())).append('\n');
        if (!unread.isEmpty()) {
            TextTable table = new TextTable().row(m.get("read.column.cell"), m.get("read.column.text"));
            for (ReadPlacement p : unread) {
                table.row(p.location(), shorten(p.value()));
            }
            sb.append(table.render("  "));
        }
        return sb.toString();
    }

    /** One line, at most {@link #MAX_TEXT} characters. */
    static String shorten(String value) {
        String line = value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return line.length() > MAX_TEXT ? line.substring(0, MAX_TEXT - 1) + "…" : line;
    }
}

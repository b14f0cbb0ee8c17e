package io.github.medsecforms.cli.internal;

import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.validation.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medsec-forms annotate <file|folder>… [-o OUT]}: the annotated copy of each workbook — the user's own
 * workbook with every finding marked at its cell (colour and comment), a 検証結果 sheet listing them with links, and
 * every password list removed — without starting the bridge, so that a prefecture can send every hospital its own
 * marked-up workbook back. One input: {@code -o} names the file; several (or a folder): {@code -o} names a folder
 * that gets {@code <name>.検証結果.xlsx} for each; without {@code -o} each copy is written beside its input. A legacy
 * .xls, a password list or a file that is no form is reported (MSF-IO) and the run goes on. Exit codes as
 * {@code validate}: 0 no errors, 1 some copy marks errors, 2 an input could not be annotated or a usage error.
 */
@Command(name = "annotate", sortOptions = false)
public final class AnnotateCommand extends CliCommand {
    /** What is added to a copy's name, before its extension. */
    static final String SUFFIX = ".検証結果";

    @Parameters(arity = "1..*", paramLabel = "<file|folder>", descriptionKey = "annotate.paths")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "<file|folder>", descriptionKey = "annotate.output")
    Path output;

    @Option(names = "--form", paramLabel = "<form-id>", descriptionKey = "validate.form")
    String formId;

    @Option(names = "--force", descriptionKey = "force")
    boolean force;

    @Mixin
    CheckOptions check;

    @Override
    public Integer call() {
        Messages m = messages();
        Locale locale = Coded.locale(m);
        if (formId != null && io.github.medsecforms.model.FormRegistry.find(formId).isEmpty()) {
            err().println(m.get("forms.unknown", formId, String.join(", ", io.github.medsecforms.model.FormRegistry.forms()
                    .stream().map(io.github.medsecforms.model.FormDescriptor::id).toList())));
            return ExitCodes.USAGE;
        }
        Inputs.Found found = Inputs.workbooks(paths, m);
        found.problems().forEach(err()::println);
        // copies made by an earlier run are no input
        List<Path> files = found.files().stream().filter(f -> !isCopy(f)).toList();
        if (files.isEmpty()) {
            err().println(Coded.message(m, "MSF-CLI-0002", String.join(", ", paths.stream().map(Path::toString).toList())));
            return ExitCodes.USAGE;
        }
        boolean single = files.size() == 1 && paths.size() == 1 && Files.isRegularFile(paths.get(0));
        if (!single && output != null && Files.exists(output) && !Files.isDirectory(output)) {
            err().println(Coded.message(m, "MSF-CLI-0018", output));
            return ExitCodes.USAGE;
        }
        WorkbookChecker checker = check.checker();
        boolean unreadable = !found.problems().isEmpty();
        boolean errors = false;
        for (Path file : files) {
            String name = Inputs.displayName(file);
            try {
                byte[] bytes = Files.readAllBytes(file);
                Report report = checker.readAndCheck(bytes, name, Optional.ofNullable(formId)).report();
                byte[] copy = WorkbookChecker.annotate(bytes, report, locale);
                Path target = single && output != null ? output : target(file, copy);
                Output.refuseOverwrite(target, force, m);
                Output.write(target, copy, m);
                out().println(m.get("annotate.written", name, target, report.count(Severity.ERROR),
                        report.count(Severity.WARNING)));
                errors |= !report.valid();
            } catch (FormIoException e) {
                err().println(m.get("validate.unreadable", name, e.getMessage(locale)));
                unreadable = true;
            } catch (IOException e) {
                err().println(Coded.message(m, "MSF-CLI-0015", name, Coded.reason(m, e)));
                unreadable = true;
            } catch (Output.WriteFailure e) {
                err().println(e.getMessage());
                unreadable = true;
            }
            out().flush();
        }
        if (unreadable) {
            return ExitCodes.USAGE;
        }
        return errors ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** {@code 受付/病院A.xlsx} → {@code <OUT or 受付>/病院A.検証結果.xlsx} (.xlsm stays .xlsm, with its macros). */
    private Path target(Path input, byte[] copy) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = isMacroEnabled(copy) ? ".xlsm" : ".xlsx";
        Path dir = output != null ? output : input.toAbsolutePath().getParent();
        return dir.resolve(base + SUFFIX + extension);
    }

    static boolean isCopy(Path file) {
        String name = file.getFileName().toString();
        return name.contains(SUFFIX + ".");
    }

    private static boolean isMacroEnabled(byte[] workbook) {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook))) {
            java.util.zip.ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("[Content_Types].xml")) {
                    return new String(zip.readNBytes(1 << 20), java.nio.charset.StandardCharsets.UTF_8)
                            .contains("macroEnabled.main+xml");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }
}

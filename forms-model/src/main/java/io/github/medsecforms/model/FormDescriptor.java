package io.github.medsecforms.model;

import io.github.medsecforms.model.value.FiscalYear;
import java.util.List;
import java.util.Optional;

/**
 * Everything the SDK knows about a form: identity, versions and sheets. Derived from the form's annotated records,
 * so templates, the reader, schemas, messages and documentation share one source.
 *
 * @param id           stable form id, e.g. {@code support-request}
 * @param title    official Japanese title
 * @param titleEn  English title
 * @param versions supported versions, oldest first
 * @param source   where the form comes from
 * @param requiredMark the mark printed after required labels, {@code (*)} or {@code 【必須】}
 * @param type     the root record type
 * @param sheets   the sheets, in order
 * @param seeds    the seeds the form's wording is quoted from ({@code 002}, …)
 * @param titleBasis where the title comes from
 */
public record FormDescriptor(String id, String title, String titleEn, List<FiscalYear> versions, String source,
                             String requiredMark, Class<? extends Form> type, List<SheetDescriptor> sheets,
                             List<String> seeds, Basis titleBasis) {
    public FormDescriptor {
        versions = List.copyOf(versions);
        sheets = List.copyOf(sheets);
        seeds = List.copyOf(seeds);
    }

    /** The newest supported version. */
    public FiscalYear latestVersion() {
        return versions.get(versions.size() - 1);
    }

    /** Whether {@code version} is one this SDK supports for the form. */
    public boolean supports(FiscalYear version) {
        return versions.contains(version);
    }

    /** The sheet with the given official name. */
    public Optional<SheetDescriptor> sheet(String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The names of the sheets, in order. */
    public List<String> sheetNames() {
        return sheets.stream().map(SheetDescriptor::name).toList();
    }
}

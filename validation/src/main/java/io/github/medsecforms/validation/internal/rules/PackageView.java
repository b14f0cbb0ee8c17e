package io.github.medsecforms.validation.internal.rules;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.inspection.DocumentKind;
import io.github.medsecforms.validation.PackageInput;
import io.github.medsecforms.validation.SubmittedForm;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A package as the cross-form rules see it: its forms by type, and which of the seven documents of 別紙1 each file
 * is. Forms are classified by their form id; other files by keywords in their names (our design, docs/rules.md).
 */
public final class PackageView {
    private final PackageInput input;
    private final Map<DocumentKind, List<String>> documents = new EnumMap<>(DocumentKind.class);

    public PackageView(PackageInput input) {
        this.input = input;
        for (DocumentKind kind : DocumentKind.values()) {
            documents.put(kind, new ArrayList<>());
        }
        for (SubmittedForm s : input.forms()) {
            String id = FormRegistry.describe(s.form()).id();
            for (DocumentKind kind : DocumentKind.values()) {
                if (kind.formId().filter(id::equals).isPresent()) {
                    documents.get(kind).add(s.file());
                }
            }
        }
        for (String file : input.otherFiles()) {
            kindOfFileName(file).ifPresent(kind -> documents.get(kind).add(file));
        }
    }

    /** Which document a file that is not a readable form is, from keywords in its name. */
    public static Optional<DocumentKind> kindOfFileName(String fileName) {
        String n = Normalizer.normalize(fileName, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (n.contains("医療機関確認用")) {
            return Optional.of(DocumentKind.CHECKLIST_HOSPITAL);
        }
        if (n.contains("事業者確認用")) {
            return Optional.of(DocumentKind.CHECKLIST_VENDOR);
        }
        if (n.contains("最低限")) {
            return Optional.of(DocumentKind.CHECKLIST_MINIMUM);
        }
        if (n.contains("台帳") || n.contains("ledger")) {
            return Optional.of(DocumentKind.DEVICE_LEDGER);
        }
        if (n.contains("連絡体制") || n.contains("連絡網") || n.contains("contact")) {
            return Optional.of(DocumentKind.INCIDENT_CONTACT_CHART);
        }
        if (n.contains("構成図") || n.contains("network") || n.contains("diagram")) {
            return Optional.of(DocumentKind.NETWORK_DIAGRAM);
        }
        if (n.contains("bcp") || n.contains("事業継続")) {
            return Optional.of(DocumentKind.BCP);
        }
        return Optional.empty();
    }

    /** For each of the seven documents, the files found for it. */
    public Map<DocumentKind, List<String>> documents() {
        return documents;
    }

    /** The submissions whose form is of {@code type}. */
    public <F extends Form> List<SubmittedForm> all(Class<F> type) {
        return input.forms().stream().filter(s -> type.isInstance(s.form())).toList();
    }

    /** The first submission of {@code type}, if any. */
    public <F extends Form> Optional<SubmittedForm> first(Class<F> type) {
        return all(type).stream().findFirst();
    }

    /** The files that are password lists (never to be submitted). */
    public List<String> passwordLists() {
        return input.passwordLists();
    }

    public List<SubmittedForm> forms() {
        return input.forms();
    }

    /** Text compared across forms: NFKC, white space removed. */
    public static String comparable(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }
}

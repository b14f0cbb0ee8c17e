package io.github.medsecforms.model;

import io.github.medsecforms.model.backupvpn.BackupVpnSurvey;
import io.github.medsecforms.model.checklist.HospitalChecklist;
import io.github.medsecforms.model.checklist.MinimumChecklist;
import io.github.medsecforms.model.checklist.VendorChecklist;
import io.github.medsecforms.model.inspection.InspectionDocuments;
import io.github.medsecforms.model.internal.Descriptors;
import io.github.medsecforms.model.linesurvey.CredentialList;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.offlinebackup.OfflineBackupIntent;
import io.github.medsecforms.model.selection.HospitalSelection;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one entry point to the forms medsec-forms knows: their ids, versions, Japanese titles and sheets.
 *
 * <pre>{@code
 * for (FormDescriptor form : FormRegistry.forms()) {
 *     System.out.println(form.id() + " " + form.latestVersion() + " " + form.title());
 * }
 * }</pre>
 */
public final class FormRegistry {
    private static final List<Class<? extends Form>> SUBMITTED = List.of(
            SupportRequest.class,
            HospitalSelection.class,
            LineDeviceSurvey.class,
            BackupVpnSurvey.class,
            OfflineBackupIntent.class,
            HospitalChecklist.class,
            VendorChecklist.class,
            MinimumChecklist.class,
            InspectionDocuments.class);

    private static final Map<Class<?>, FormDescriptor> CACHE = new ConcurrentHashMap<>();
    private static final List<FormDescriptor> FORMS = SUBMITTED.stream().map(FormRegistry::describe).toList();

    private FormRegistry() {
    }

    /** The nine forms, in catalogue order. The password list ({@link CredentialList}) is not among them. */
    public static List<FormDescriptor> forms() {
        return FORMS;
    }

    /** The form with this id, if there is one. */
    public static Optional<FormDescriptor> find(String id) {
        return FORMS.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The form with this id. @throws NoSuchElementException naming the id and the known ids */
    public static FormDescriptor get(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException(
                "unknown form id '" + id + "'; known: " + FORMS.stream().map(FormDescriptor::id).toList()));
    }

    /** The descriptor of any form record type, including {@link CredentialList}. */
    public static FormDescriptor describe(Class<? extends Form> type) {
        return CACHE.computeIfAbsent(type, t -> Descriptors.describe(type));
    }

    /** The descriptor of a form instance's type. */
    public static FormDescriptor describe(Form form) {
        return describe(form.getClass());
    }

    /** The descriptor of the password list, a separate workbook that is never part of a submission. */
    public static FormDescriptor credentialList() {
        return describe(CredentialList.class);
    }
}

package io.github.medsecforms.validation.internal.rules;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.checklist.ChecklistEntry;
import io.github.medsecforms.model.checklist.HospitalChecklist;
import io.github.medsecforms.model.checklist.MinimumChecklist;
import io.github.medsecforms.model.checklist.VendorChecklist;
import io.github.medsecforms.model.common.YesNo;
import io.github.medsecforms.model.inspection.InspectionDocuments;
import io.github.medsecforms.model.linesurvey.Line;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.offlinebackup.OfflineBackupIntent;
import io.github.medsecforms.model.selection.HospitalSelection;
import io.github.medsecforms.model.selection.SelectedHospital;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.model.value.HospitalCode;
import io.github.medsecforms.model.value.Prefecture;
import io.github.medsecforms.validation.BatchEntry;
import io.github.medsecforms.validation.SubmittedForm;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who submitted a form, and what else the rules across submissions need of it ({@link BatchEntry}): the hospital key
 * (医療機関コード where the form has one, else the normalised name with the prefecture when known), the form's own date,
 * the lines' global addresses. One pass over a few fields of the form: no rule runs here.
 */
public final class BatchKeys {
    /**
     * Corporate prefixes removed from names before they are compared, longest first so that 医療法人社団 goes before
     * 医療法人; written after NFKC (full-width parentheses become ASCII).
     */
    static final List<String> CORPORATE_PREFIXES = List.of(
            "地方独立行政法人", "独立行政法人", "国立大学法人", "公立大学法人", "社会医療法人財団", "社会医療法人社団",
            "社会医療法人", "特定医療法人", "医療法人財団", "医療法人社団", "医療法人", "社会福祉法人", "一般社団法人",
            "公益社団法人", "一般財団法人", "公益財団法人", "学校法人", "(医社)", "(医財)", "(社医)", "(医)", "(社福)",
            "(福)", "(学)", "(独)", "(公社)", "(一社)", "(公財)", "(一財)", "(社)", "(財)");

    private BatchKeys() {
    }

    /** What the batch keeps of {@code s}, read from a survey tool's export completed at {@code completedAt} if given. */
    public static BatchEntry entry(SubmittedForm s, Optional<LocalDateTime> completedAt, Optional<Instant> modified) {
        Form form = s.form();
        FormDescriptor descriptor = FormRegistry.describe(form);
        Origins origins = s.origins();
        Map<String, CellOrigin> cells = new HashMap<>();
        Optional<String> code = Optional.empty();
        String name = "";
        String namePath = "";
        Optional<Prefecture> prefecture = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        String datePath = "";
        String qualifier = "";
        List<BatchEntry.Address> addresses = List.of();
        List<BatchEntry.ListedHospital> listed = List.of();
        List<BatchEntry.Fact> facts = new ArrayList<>();
        if (form instanceof SupportRequest r) {
            code = r.hospitalCode().map(HospitalCode::value);
            name = r.hospitalName();
            namePath = "hospitalName";
            // the address first: a mistyped code must not move the hospital to another prefecture (BAT-003)
            prefecture = Prefecture.ofAddress(r.address()).or(() -> r.hospitalCode().map(HospitalCode::prefecture));
            cell(cells, origins, "hospitalCode");
        } else if (form instanceof HospitalSelection h) {
            prefecture = h.prefecture();
            namePath = "prefecture";
            listed = listed(h, origins, cells);
        } else if (form instanceof LineDeviceSurvey l) {
            name = l.basicInfo().facilityName();
            namePath = "basicInfo.facilityName";
            prefecture = Prefecture.ofAddress(l.basicInfo().address());
            addresses = addresses(l, origins, cells);
            List<Line> lines = l.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (PackageRules.isRemoteMaintenance(lines.get(i))) {
                    fact(facts, BatchEntry.FactKind.REMOTE_MAINTENANCE_LINE, "lines[" + i + "].purpose", origins, cells);
                }
            }
        } else if (form instanceof OfflineBackupIntent o) {
            name = o.hospitalName();
            namePath = "hospitalName";
        } else if (form instanceof HospitalChecklist c) {
            name = c.facilityName();
            namePath = "facilityName";
            date = c.checkedOn();
            datePath = date.isPresent() ? "checkedOn" : "";
            if (date.isEmpty()) {
                date = latest(c.entries());
            }
            List<ChecklistEntry> entries = c.entries();
            for (int i = 0; i < entries.size(); i++) {
                if (PackageRules.remoteMaintenanceNotConfirmed(entries.get(i))) {
                    fact(facts, BatchEntry.FactKind.REMOTE_MAINTENANCE_NOT_CONFIRMED, "entries[" + i + "].firstAnswer",
                            origins, cells);
                }
            }
        } else if (form instanceof VendorChecklist c) {
            name = c.hospitalName();
            namePath = "hospitalName";
            qualifier = "|vendor:" + comparable(c.vendorName()) + "|" + comparable(c.targetSystem());
            date = c.checkedOn();
            datePath = date.isPresent() ? "checkedOn" : "";
            if (date.isEmpty()) {
                date = latest(c.entries());
            }
        } else if (form instanceof MinimumChecklist c) {
            name = c.facilityName();
            namePath = "facilityName";
            date = latest(c.entries());
        } else if (form instanceof InspectionDocuments d) {
            name = d.facilityName();
            namePath = "facilityName";
            date = d.submittedOn();
            datePath = "submittedOn";
        }
        if (!namePath.isEmpty()) {
            cell(cells, origins, namePath);
        }
        Optional<String> key;
        if (form instanceof HospitalSelection) {
            key = prefecture.map(p -> "prefecture:" + p.label());
        } else if (code.isPresent()) {
            key = Optional.of("code:" + code.get() + qualifier);
        } else if (!normalisedName(name).isEmpty()) {
            key = Optional.of("name:" + normalisedName(name) + "|" + prefecture.map(Prefecture::label).orElse("")
                    + qualifier);
        } else {
            key = Optional.empty();
        }
        List<String> dateLabel = date.isEmpty() ? List.of() : datePath.isEmpty()
                ? List.of("確認結果の日付（最新）", "latest date of the check results")
                : List.of(ModelPaths.label(descriptor, datePath, false), ModelPaths.label(descriptor, datePath, true));
        return new BatchEntry(s.file(), descriptor.id(), form.version(), key, code, name,
                prefecture.map(Prefecture::label), date, dateLabel, completedAt, modified, addresses, listed, facts,
                cells);
    }

    /**
     * The selected hospitals with a code and a name: each listed in the selecting prefecture (else the code's), so
     * that BAT-002 and BAT-003 compare them with the support requests and with other selections.
     */
    private static List<BatchEntry.ListedHospital> listed(HospitalSelection h, Origins origins,
                                                          Map<String, CellOrigin> cells) {
        List<BatchEntry.ListedHospital> out = new ArrayList<>();
        List<SelectedHospital> rows = h.hospitals();
        for (int i = 0; i < rows.size(); i++) {
            SelectedHospital row = rows.get(i);
            if (row.hospitalCode().isEmpty() || normalisedName(row.hospitalName()).isEmpty()) {
                continue;
            }
            String codePath = "hospitals[" + i + "].hospitalCode";
            String namePath = "hospitals[" + i + "].hospitalName";
            Optional<String> prefecture = h.prefecture().or(() -> row.hospitalCode().map(HospitalCode::prefecture))
                    .map(Prefecture::label);
            out.add(new BatchEntry.ListedHospital(row.hospitalCode().get().value(), row.hospitalName(), prefecture,
                    codePath, namePath));
            cell(cells, origins, codePath);
            cell(cells, origins, namePath);
        }
        return out;
    }

    private static void fact(List<BatchEntry.Fact> facts, BatchEntry.FactKind kind, String path, Origins origins,
                             Map<String, CellOrigin> cells) {
        facts.add(new BatchEntry.Fact(kind, path));
        cell(cells, origins, path);
    }

    /** The path of the field naming the hospital (or the prefecture) on {@code formId}'s form, or empty. */
    public static String namePath(String formId) {
        return switch (formId) {
            case "support-request", "offline-backup-intent", "checklist-vendor" -> "hospitalName";
            case "line-device-survey" -> "basicInfo.facilityName";
            case "hospital-selection" -> "prefecture";
            case "checklist-hospital", "checklist-minimum", "inspection-documents" -> "facilityName";
            default -> "";
        };
    }

    private static List<BatchEntry.Address> addresses(LineDeviceSurvey l, Origins origins, Map<String, CellOrigin> cells) {
        List<BatchEntry.Address> out = new ArrayList<>();
        List<Line> lines = l.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.globalIpAddress().isPresent()) {
                String path = "lines[" + i + "].globalIpAddress";
                out.add(new BatchEntry.Address(false, line.globalIpAddress().get().toString(), path));
                cell(cells, origins, path);
            }
            if (line.fqdn().isPresent()) {
                String path = "lines[" + i + "].fqdn";
                String v = line.fqdn().get().value().toLowerCase(Locale.ROOT);
                out.add(new BatchEntry.Address(true, v.endsWith(".") ? v.substring(0, v.length() - 1) : v, path));
                cell(cells, origins, path);
            }
        }
        return out;
    }

    private static Optional<LocalDate> latest(List<ChecklistEntry> entries) {
        LocalDate max = null;
        for (ChecklistEntry e : entries) {
            for (Optional<LocalDate> d : List.of(e.firstDate(), e.secondDate())) {
                if (d.isPresent() && (max == null || d.get().isAfter(max))) {
                    max = d.get();
                }
            }
        }
        return Optional.ofNullable(max);
    }

    private static void cell(Map<String, CellOrigin> cells, Origins origins, String path) {
        origins.find(path).ifPresent(o -> cells.put(path, o));
    }

    /** NFKC, white space removed, corporate prefixes removed (wherever they stand: 医療法人○○会 keeps ○○会). */
    public static String normalisedName(String name) {
        String n = comparable(name);
        for (String prefix : CORPORATE_PREFIXES) {
            if (n.contains(prefix)) {
                n = n.replace(prefix, "");
            }
        }
        return n;
    }

    /** NFKC, white space removed. */
    static String comparable(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

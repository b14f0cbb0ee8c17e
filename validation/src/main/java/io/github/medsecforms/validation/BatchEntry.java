package io.github.medsecforms.validation;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.validation.internal.rules.BatchKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules across submissions (BAT-nnn) keep of one submission of a batch: which form and version, which
 * hospital, when, and the global addresses of its lines — a few hundred bytes, never the form, so that a batch of
 * thousands of files is checked as a whole while each file is read, validated and dropped (docs/batch.md).
 *
 * @param file        the file's name as the batch shows it
 * @param formId      the form
 * @param version     the form's version
 * @param hospitalKey who submitted it: {@code code:<医療機関コード>} where the form has one, else
 *                    {@code name:<normalised name>|<prefecture>} ({@link #normalisedName(String)}), for a prefecture's
 *                    form {@code prefecture:<name>}; empty when the submission names no hospital
 * @param hospitalCode the 医療機関コード, if the form has one and it was read
 * @param hospitalName the hospital's name as written, or empty
 * @param prefecture  the prefecture, from the code, the address or the form, if known
 * @param formDate    the date the form carries (確認日, 提出日), if any: the first criterion of the newest
 * @param dateLabel   the Japanese and English label of that date, or empty
 * @param completedAt the survey tool's 完了時刻 (a Microsoft Forms export's completion time, local time as written),
 *                    if the submission was read from such an export: the criterion after the form's date
 * @param modified    the file's modification time, if known: the criterion after those
 * @param addresses   the global IP addresses and FQDNs of the lines (line-device-survey), with their cells
 * @param listed      the hospitals the form lists with their codes (hospital-selection's rows), compared by BAT-002
 *                    and BAT-003 like a support request's own code and name
 * @param facts       what the cross-form comparison across files (BAT-006) needs of the form, each at its path
 * @param cells       the cells of the fields the batch findings point at (model path → cell)
 */
public record BatchEntry(String file, String formId, FiscalYear version, Optional<String> hospitalKey,
                         Optional<String> hospitalCode, String hospitalName, Optional<String> prefecture,
                         Optional<LocalDate> formDate, List<String> dateLabel, Optional<LocalDateTime> completedAt,
                         Optional<Instant> modified, List<Address> addresses, List<ListedHospital> listed,
                         List<Fact> facts, Map<String, CellOrigin> cells) {
    public BatchEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(version, "version");
        hospitalKey = hospitalKey == null ? Optional.empty() : hospitalKey;
        hospitalCode = hospitalCode == null ? Optional.empty() : hospitalCode;
        hospitalName = hospitalName == null ? "" : hospitalName;
        prefecture = prefecture == null ? Optional.empty() : prefecture;
        formDate = formDate == null ? Optional.empty() : formDate;
        dateLabel = dateLabel == null ? List.of() : List.copyOf(dateLabel);
        completedAt = completedAt == null ? Optional.empty() : completedAt;
        modified = modified == null ? Optional.empty() : modified;
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        listed = listed == null ? List.of() : List.copyOf(listed);
        facts = facts == null ? List.of() : List.copyOf(facts);
        cells = cells == null ? Map.of() : Map.copyOf(cells);
    }

    /**
     * A global address of a line.
     *
     * @param fqdn  whether it is an FQDN (else an IPv4 address)
     * @param value the address as compared: an IPv4 address in dotted form, an FQDN in lower case without a final dot
     * @param path  the model path it was read from ({@code lines[1].globalIpAddress})
     */
    public record Address(boolean fqdn, String value, String path) {
    }

    /**
     * A hospital a form lists with its code (a row of the prefecture's hospital selection).
     *
     * @param code       its 医療機関コード
     * @param name       its name as written
     * @param prefecture the prefecture it is listed in (the selecting prefecture, else the code's), if known
     * @param codePath   the model path of the code ({@code hospitals[0].hospitalCode})
     * @param namePath   the model path of the name
     */
    public record ListedHospital(String code, String name, Optional<String> prefecture, String codePath,
                                 String namePath) {
        public ListedHospital {
            Objects.requireNonNull(code, "code");
            name = name == null ? "" : name;
            prefecture = prefecture == null ? Optional.empty() : prefecture;
        }
    }

    /**
     * Something a form says that another form of the same hospital may contradict (BAT-006, the package rules'
     * comparisons applied across files).
     *
     * @param kind what it is
     * @param path the model path it was read from
     */
    public record Fact(FactKind kind, String path) {
        public Fact {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(path, "path");
        }
    }

    /** The facts BAT-006 compares (those of PKG-007; docs/batch.md says which comparisons cannot be made across files). */
    public enum FactKind {
        /** A line of the line survey whose 用途・システム名 says it is for (remote) maintenance (保守). */
        REMOTE_MAINTENANCE_LINE,
        /** The hospital checklist's item 2-(2) (remote maintenance confirmed with the vendors) answered いいえ. */
        REMOTE_MAINTENANCE_NOT_CONFIRMED
    }

    /** What the batch keeps of {@code submission}; {@code modified} is its file's modification time, if known. */
    public static BatchEntry of(SubmittedForm submission, Optional<Instant> modified) {
        return BatchKeys.entry(submission, Optional.empty(), modified);
    }

    /**
     * What the batch keeps of {@code submission}, read from a survey tool's export whose 完了時刻 was
     * {@code completedAt} (empty if not), modified at {@code modified} (if known).
     */
    public static BatchEntry of(SubmittedForm submission, Optional<LocalDateTime> completedAt,
                                Optional<Instant> modified) {
        return BatchKeys.entry(submission, completedAt, modified);
    }

    /** A submission's entry with another file name (e.g. a path relative to the folder). */
    public BatchEntry withFile(String other) {
        return new BatchEntry(other, formId, version, hospitalKey, hospitalCode, hospitalName, prefecture, formDate,
                dateLabel, completedAt, modified, addresses, listed, facts, cells);
    }

    /** The cell of {@code path}, if it was read from a workbook. */
    public Optional<CellOrigin> cell(String path) {
        return Optional.ofNullable(cells.get(path));
    }

    /** How the hospital is shown in messages: its code and name, whichever are known. */
    public String hospital() {
        String code = hospitalCode.orElse("");
        if (code.isEmpty()) {
            return hospitalName.isBlank() ? prefecture.orElse("") : hospitalName.strip();
        }
        return hospitalName.isBlank() ? code : code + " " + hospitalName.strip();
    }

    /**
     * A hospital's name as compared across submissions: NFKC, white space removed, corporate prefixes such as
     * 医療法人, 社会医療法人, 医療法人社団, (医) removed (docs/batch.md lists them and the key's limits).
     */
    public static String normalisedName(String name) {
        return BatchKeys.normalisedName(name);
    }
}

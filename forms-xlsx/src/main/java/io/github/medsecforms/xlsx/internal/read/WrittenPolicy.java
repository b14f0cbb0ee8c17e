package io.github.medsecforms.xlsx.internal.read;

import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.offlinebackup.OfflineBackupIntent;
import io.github.medsecforms.model.offlinebackup.SupportPolicy;
import io.github.medsecforms.xlsx.internal.grid.Cell;
import io.github.medsecforms.xlsx.internal.grid.CellRange;
import io.github.medsecforms.xlsx.internal.grid.CellType;
import java.util.List;
import java.util.Optional;

/**
 * The 支援方針 written on an offline-backup intent sheet. The policy is derived from the answers (seed 002 「アンケート
 * の結果より支援方針を決定」), never read from the workbook; a hospital that types one over the cell meant for the
 * automatic judgement or the secretariat (支援A beside 支援方針（自動判定・入力不要）, obi-w22-b, obi-w24-b) wrote something
 * the reader does not read. When it differs from the answers' policy the reader says so at its cell (MSF-IO-2017), so
 * that neither the hospital nor the secretariat takes it for the programme's decision. <i>Our design.</i>
 *
 * <p>Only a typed value counts (a formula's result is the sheet's own judgement), only the first value right of the
 * label on its line, and only when that line names one policy (a list of the policies is no answer).
 */
final class WrittenPolicy {
    private static final String LABEL = "支援方針";
    /** How far right of its label a written policy is looked for, in columns. */
    private static final int REACH = 4;

    private WrittenPolicy() {
    }

    static void check(List<SheetView> views, OfflineBackupIntent form, ReadState state) {
        Optional<SupportPolicy> derived = form.supportPolicy();
        if (derived.isEmpty()) {
            return; // the answers decide no policy: OBI-002 and OBI-005 say why
        }
        for (SheetView v : views) {
            for (Cell label : v.sheet().cells()) {
                if (label.type() != CellType.STRING || !LabelText.nfkc(label.text()).strip().startsWith(LABEL)
                        || label.text().length() > 40) {
                    continue;
                }
                CellRange region = v.regionOf(label);
                Cell written = null;
                int policies = 0;
                for (Cell c : v.sheet().row(label.row())) {
                    if (c.col() <= region.lastCol() || c.isBlank()) {
                        continue;
                    }
                    if (policy(c).isPresent()) {
                        policies++;
                    }
                    if (written == null && c.col() <= region.lastCol() + REACH) {
                        written = c;
                    }
                }
                if (written == null || policies != 1 || written.isFormula()) {
                    continue;
                }
                Optional<SupportPolicy> shown = policy(written);
                if (shown.isPresent() && shown.get() != derived.get()) {
                    state.finding(ReadCodes.WRITTEN_POLICY, Severity.WARNING, v.name(), written.a1(), "supportPolicy",
                            LABEL, shown.get().label(), derived.get().label());
                }
            }
        }
    }

    /** The policy a cell names by its label alone (支援Ａ, 報告のみ), if any. */
    private static Optional<SupportPolicy> policy(Cell c) {
        if (c.type() != CellType.STRING) {
            return Optional.empty();
        }
        String text = LabelText.nfkc(c.text()).replaceAll("\\s", "");
        for (SupportPolicy p : SupportPolicy.values()) {
            if (p.label().equals(text)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

package io.github.medsecforms.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The figures of a scoring run: a summary per form and in all, and the full report with every mismatch. */
final class Scorecard {
    private Scorecard() {
    }

    /**
     * The totals of a run.
     *
     * @param workbooks     workbooks scored
     * @param recognised    workbooks read as their form
     * @param valuesPresent values in the expected files
     * @param valuesRight   values read right
     * @param planted       planted problems
     * @param plantedFound  planted problems found
     * @param falseErrors   error findings that match no planted problem
     * @param warnings      warning findings that match no planted problem … and the others (counted, not judged)
     * @param infos         info findings
     * @param unexpected    single fields read where the expected file has no value
     */
    record Totals(int workbooks, int recognised, int valuesPresent, int valuesRight, int planted, int plantedFound,
                  int falseErrors, int warnings, int infos, int unexpected) {
        double valueShare() {
            return valuesPresent == 0 ? 1 : (double) valuesRight / valuesPresent;
        }

        String line(String name) {
            return String.format(Locale.ROOT, "| %-22s | %3d | %3d | %5d / %5d = %5.1f%% | %3d / %3d | %4d | %4d | %4d | %4d |",
                    name, workbooks, recognised, valuesRight, valuesPresent, 100 * valueShare(), plantedFound, planted,
                    falseErrors, warnings, infos, unexpected);
        }
    }

    static Totals totals(List<Scorer.WorkbookScore> scores) {
        int w = 0;
        int rec = 0;
        int vp = 0;
        int vr = 0;
        int p = 0;
        int pf = 0;
        int fe = 0;
        int wa = 0;
        int in = 0;
        int un = 0;
        for (Scorer.WorkbookScore s : scores) {
            w++;
            rec += s.recognised ? 1 : 0;
            vp += s.valuesPresent;
            vr += s.valuesRight;
            p += s.plantedTotal;
            pf += s.plantedFound;
            fe += s.falseErrors.size();
            wa += s.warnings.size();
            in += s.infos.size();
            un += s.unexpected.size();
        }
        return new Totals(w, rec, vp, vr, p, pf, fe, wa, in, un);
    }

    private static final String HEADER = "| form                   | wb  | rec | values right / present        | planted   | "
            + "false errors | warn | info | unexpected |\n|---|---|---|---|---|---|---|---|---|";

    static String summary(List<Scorer.WorkbookScore> scores) {
        Map<String, List<Scorer.WorkbookScore>> byForm = new TreeMap<>();
        for (Scorer.WorkbookScore s : scores) {
            byForm.computeIfAbsent(s.form, k -> new java.util.ArrayList<>()).add(s);
        }
        StringBuilder sb = new StringBuilder("Blind corpus\n").append(HEADER).append('\n');
        byForm.forEach((form, list) -> sb.append(totals(list).line(form)).append('\n'));
        sb.append(totals(scores).line("all")).append('\n');
        return sb.toString();
    }

    static void write(Path file, List<Scorer.WorkbookScore> scores) throws IOException {
        StringBuilder sb = new StringBuilder("# Blind corpus score\n\n").append(summary(scores)).append('\n');
        for (Scorer.WorkbookScore s : scores) {
            sb.append("## ").append(s.file).append(" (").append(s.form).append(")\n\n");
            if (!s.recognised) {
                sb.append("- **not recognised**: ").append(s.refusal).append('\n');
            }
            sb.append(String.format(Locale.ROOT, "- values %d / %d, planted %d / %d, false errors %d, warnings %d, infos %d%n",
                    s.valuesRight, s.valuesPresent, s.plantedFound, s.plantedTotal, s.falseErrors.size(),
                    s.warnings.size(), s.infos.size()));
            s.mismatches.forEach(m -> sb.append("- value: ").append(m).append('\n'));
            s.unexpected.forEach(m -> sb.append("- unexpected value: ").append(m).append('\n'));
            s.missedPlanted.forEach(m -> sb.append("- missed planted: ").append(m).append('\n'));
            s.falseErrors.forEach(m -> sb.append("- FALSE ERROR: ").append(m).append('\n'));
            s.warnings.forEach(m -> sb.append("- warning: ").append(m).append('\n'));
            s.infos.forEach(m -> sb.append("- info: ").append(m).append('\n'));
            sb.append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }
}

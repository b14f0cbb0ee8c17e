package io.github.medsecforms.xlsx.internal.write;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.TableDescriptor;
import io.github.medsecforms.model.linesurvey.Callout;
import io.github.medsecforms.model.linesurvey.Line;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.linesurvey.Terminal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The callouts (吹き出し) of 設置場所記入シート: one text box per surveyed line and terminal, naming the row and where
 * the thing stands. The official workbook fills them from the line and terminal sheets; so do we.
 */
final class Callouts {
    /** Tables whose rows get a callout, in order. */
    private static final List<String> TABLES = List.of("lines", "terminals");

    private Callouts() {
    }

    /**
     * A callout to place.
     *
     * @param target the row it belongs to, e.g. 回線1 or No.2
     * @param text   the text shown
     * @param path   the model path when it is one of the instance's own callouts ({@code floorPlan.callouts[0]})
     * @param source the table row its text comes from, when generated (so the workbook can keep it up to date)
     */
    record Spec(String target, String text, String path, Optional<Source> source) {
    }

    /**
     * The table row a generated callout describes.
     *
     * @param table the table's path ({@code lines}, {@code terminals})
     * @param row   the zero-based row
     * @param what  the column saying what it is ({@code purpose}, {@code hostName})
     * @param where the column saying where it stands ({@code terminationLocation}, {@code location})
     */
    record Source(String table, int row, String what, String where) {
    }

    private static Source source(String table, int row) {
        return table.equals("lines") ? new Source(table, row, "purpose", "terminationLocation")
                : new Source(table, row, "hostName", "location");
    }

    /** Placeholders of a blank template: one per template row of the line and terminal tables. */
    static List<Spec> placeholders(FormDescriptor form) {
        List<Spec> out = new ArrayList<>();
        for (String path : TABLES) {
            table(form, path).ifPresent(t -> {
                for (int n = 1; n <= t.templateRows(); n++) {
                    out.add(new Spec(t.rowLabel(n), t.rowLabel(n), null, Optional.of(source(path, n - 1))));
                }
            });
        }
        return out;
    }

    /**
     * The callouts of a filled form: its own when it has some; otherwise generated from its lines (回線n 用途 /
     * 回線終端装置設置場所) and terminals (No.n ホスト名 / 設置場所), with placeholders for the blank template rows
     * that follow, as in the template.
     */
    static List<Spec> of(FormDescriptor form, Form instance) {
        if (!(instance instanceof LineDeviceSurvey survey)) {
            return List.of();
        }
        List<Spec> out = new ArrayList<>();
        List<Callout> own = survey.floorPlan().callouts();
        if (!own.isEmpty()) {
            for (int i = 0; i < own.size(); i++) {
                Callout c = own.get(i);
                out.add(new Spec(c.target(), c.text().isBlank() ? c.target() : c.text(), "floorPlan.callouts[" + i + "]",
                        Optional.empty()));
            }
            return out;
        }
        Optional<TableDescriptor> lines = table(form, "lines");
        Optional<TableDescriptor> terminals = table(form, "terminals");
        int lineRows = Math.max(survey.lines().size(), lines.map(TableDescriptor::templateRows).orElse(0));
        for (int i = 0; i < lineRows; i++) {
            String target = lines.isPresent() ? lines.get().rowLabel(i + 1) : "回線" + (i + 1);
            Line line = i < survey.lines().size() ? survey.lines().get(i) : null;
            out.add(new Spec(target, line == null ? target : join(target, line.purpose(), line.terminationLocation()),
                    null, Optional.of(source("lines", i))));
        }
        int terminalRows = Math.max(survey.terminals().size(), terminals.map(TableDescriptor::templateRows).orElse(0));
        for (int i = 0; i < terminalRows; i++) {
            String target = terminals.isPresent() ? terminals.get().rowLabel(i + 1) : "No." + (i + 1);
            Terminal terminal = i < survey.terminals().size() ? survey.terminals().get(i) : null;
            out.add(new Spec(target, terminal == null ? target : join(target, terminal.hostName(), terminal.location()),
                    null, Optional.of(source("terminals", i))));
        }
        return out;
    }

    /** {@code 回線1 電子カルテ / 本部棟 3F サーバー室}; blank parts left out. */
    static String join(String target, String what, String where) {
        StringBuilder sb = new StringBuilder(target);
        if (!what.isBlank()) {
            sb.append(' ').append(what.strip());
        }
        if (!where.isBlank()) {
            sb.append(" / ").append(where.strip());
        }
        return sb.toString();
    }

    private static Optional<TableDescriptor> table(FormDescriptor form, String path) {
        return form.sheets().stream().flatMap(s -> s.tables().stream()).filter(t -> t.path().equals(path)).findFirst();
    }
}

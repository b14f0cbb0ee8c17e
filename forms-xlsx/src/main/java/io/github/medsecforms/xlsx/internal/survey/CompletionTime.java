package io.github.medsecforms.xlsx.internal.survey;

import io.github.medsecforms.model.CellOrigin;
import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.Origins;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.xlsx.internal.grid.Cell;
import io.github.medsecforms.xlsx.internal.grid.CellRef;
import io.github.medsecforms.xlsx.internal.grid.CellType;
import io.github.medsecforms.xlsx.internal.grid.Grid;
import io.github.medsecforms.xlsx.internal.grid.GridSheet;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The survey tool's 完了時刻 of a submission read from one row of an export (our design, docs/batch.md): the row is
 * the one that holds at least {@value #MIN_FIELDS} of the form's single fields; the time is that row's cell under the
 * header cell 完了時刻 (or {@code Completion time}) above it in the same sheet. A form laid out as labels and values
 * (one field a row) has no such row and no completion time. Written by the tool as a date-time cell or as text
 * ({@code 2024/8/28 17:40:00}); kept as the local time written (the tool's export has no zone).
 */
public final class CompletionTime {
    /** Single fields on one row that make it a submission row of an export. */
    static final int MIN_FIELDS = 3;
    /** The header wordings of the completion time: Microsoft Forms' Japanese and English exports. */
    private static final Set<String> HEADERS = Set.of("完了時刻", "completiontime");
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final List<DateTimeFormatter> TEXT = List.of(
            DateTimeFormatter.ofPattern("uuuu/M/d H:mm[:ss]"), DateTimeFormatter.ofPattern("uuuu-M-d H:mm[:ss]"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("M/d/uuuu h:mm[:ss] a", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("M/d/uuuu H:mm[:ss]"));

    private CompletionTime() {
    }

    /** The completion time of the submission {@code origins} were read from, if it is a row of an export that has one. */
    public static Optional<LocalDateTime> of(Grid grid, FormDescriptor form, Origins origins) {
        Map<String, int[]> rows = new HashMap<>();
        String bestSheet = null;
        int bestRow = -1;
        int bestCount = 0;
        for (SheetDescriptor sheet : form.sheets()) {
            for (FieldDescriptor field : sheet.fields()) {
                Optional<CellOrigin> at = origins.find(field.path());
                if (at.isEmpty() || !at.get().cell().matches("[A-Z]{1,3}[0-9]{1,7}")) {
                    continue;
                }
                int row = CellRef.row(at.get().cell());
                int[] count = rows.computeIfAbsent(at.get().sheet() + "\n" + row, k -> new int[1]);
                if (++count[0] > bestCount) {
                    bestCount = count[0];
                    bestSheet = at.get().sheet();
                    bestRow = row;
                }
            }
        }
        if (bestCount < MIN_FIELDS) {
            return Optional.empty();
        }
        Optional<GridSheet> sheet = grid.sheet(bestSheet);
        if (sheet.isEmpty()) {
            return Optional.empty();
        }
        GridSheet s = sheet.get();
        for (int r = 0; r < bestRow; r++) {
            for (Cell header : s.row(r)) {
                if (header.type() == CellType.STRING && HEADERS.contains(key(header.text()))) {
                    return value(s.cell(bestRow, header.col()), grid.date1904());
                }
            }
        }
        return Optional.empty();
    }

    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    }

    /** A date-time cell (an Excel serial) or text in one of the tool's notations; empty if it is neither. */
    static Optional<LocalDateTime> value(Cell cell, boolean date1904) {
        if (cell.type() == CellType.NUMBER) {
            double serial = cell.number();
            if (!(serial >= 32874 && serial <= 73051)) { // 1990-01-01 .. 2100-01-01: a plausible date only
                return Optional.empty();
            }
            long days = (long) Math.floor(serial);
            long seconds = Math.round((serial - days) * 86_400);
            return Optional.of((date1904 ? EPOCH_1904 : EPOCH_1900).plusDays(days).atStartOfDay().plusSeconds(seconds));
        }
        if (cell.type() != CellType.STRING) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        for (DateTimeFormatter f : TEXT) {
            try {
                return Optional.of(LocalDateTime.parse(text, f));
            } catch (DateTimeParseException e) {
                // the next notation
            }
        }
        return Optional.empty();
    }
}

package io.github.medsecforms.internal.list;

import io.github.medsecforms.model.LocalizedMessages;
import io.github.medsecforms.validation.BatchEntry;
import io.github.medsecforms.validation.BatchReport;
import io.github.medsecforms.xlsx.TableWorkbook;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The consolidated list workbook of one form, as {@code medsec-forms import -o list.xlsx} writes it and the bridge's
 * folder view downloads it: the sheets 一覧 (one row per submission, {@link ListLayout}), 置き換えられた提出 (with
 * {@code --latest}), 支援枠の集計 (hospital-selection), 提出間の照合 (the findings across submissions, when there are
 * any) and 読み込めなかったファイル — and the headers and rows the CSV and JSON Lines outputs share.
 */
public final class ConsolidatedList {
    private static final LocalizedMessages MESSAGES =
            LocalizedMessages.of("io.github.medsecforms.internal.list.messages", ConsolidatedList.class);

    private ConsolidatedList() {
    }

    /**
     * A file that could not be read as the form.
     *
     * @param file    its name as the batch shows it
     * @param code    the coded reason ({@code MSF-IO-1002}, …)
     * @param message the message, naming the file
     */
    public record Unreadable(String file, String code, String message) {
    }

    /** A sheet name or header of the list in {@code locale}. */
    public static String text(Locale locale, String key, Object... args) {
        return MESSAGES.format(key, locale, args);
    }

    /**
     * The positions of the entries a list keeps: all of them, or with {@code latest} those whose file is not
     * superseded by a newer submission of the same hospital and form.
     *
     * @param batchEntries the batch entries, in the order of the list's entries
     */
    public static List<Integer> kept(List<BatchEntry> batchEntries, List<BatchReport.Superseded> superseded) {
        Set<String> gone = new HashSet<>();
        superseded.forEach(x -> gone.add(x.file()));
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < batchEntries.size(); i++) {
            if (!gone.contains(batchEntries.get(i).file())) {
                kept.add(i);
            }
        }
        return kept;
    }

    /** The headers of the sheet of unreadable files. */
    public static List<String> unreadableHeader(Locale locale) {
        return List.of(text(locale, "list.col.file"), text(locale, "list.col.code"), text(locale, "list.col.message"));
    }

    public static List<List<Object>> unreadableRows(List<Unreadable> unreadable) {
        return unreadable.stream().map(u -> List.<Object>of(u.file(), u.code(), u.message())).toList();
    }

    /** The headers of the sheet of superseded submissions. */
    public static List<String> supersededHeader(Locale locale) {
        return List.of(text(locale, "list.col.file"), text(locale, "list.col.hospital"), text(locale, "list.col.newer"),
                text(locale, "list.col.reason"));
    }

    public static List<List<Object>> supersededRows(List<BatchReport.Superseded> superseded, Locale locale) {
        return superseded.stream().map(x -> List.<Object>of(x.file(), x.hospital(), x.newer(), x.reason(locale)))
                .toList();
    }

    /** The headers of the sheet of findings across submissions. */
    public static List<String> batchHeader(Locale locale) {
        return List.of(text(locale, "list.col.file"), text(locale, "list.col.severity"), text(locale, "list.col.cell"),
                text(locale, "list.col.rule"), text(locale, "list.col.message"));
    }

    /** The findings across submissions, one a row: file, severity, sheet!cell, rule id, message. */
    public static List<List<Object>> batchRows(BatchReport batch, Locale locale) {
        boolean en = LocalizedMessages.isEnglish(locale);
        return batch.findings().findings().stream().map(f -> List.<Object>of(f.file(),
                en ? f.severity().labelEn() : f.severity().label(), f.location(), f.ruleId(), f.message(locale)))
                .toList();
    }

    /** Whether there are findings across submissions to list. */
    public static boolean hasFindings(BatchReport batch) {
        return batch != null && !batch.findings().findings().isEmpty();
    }

    public static List<String> headers(List<ListLayout.Column> columns) {
        return columns.stream().map(ListLayout.Column::header).toList();
    }

    /**
     * The sheets of the list workbook, for {@link TableWorkbook#write}.
     *
     * @param entries    the entries listed (with {@code latest}, the superseded ones already left out)
     * @param batch      the report across submissions, or null when fewer than two were read
     * @param superseded the submissions left out ({@code latest})
     * @param latest     whether the list keeps the newest submission only (the sheet 置き換えられた提出 is written)
     */
    public static List<TableWorkbook.Table> tables(ListLayout layout, List<ListLayout.Entry> entries,
                                                   List<Unreadable> unreadable, BatchReport batch,
                                                   List<BatchReport.Superseded> superseded, boolean latest,
                                                   Locale locale) {
        List<TableWorkbook.Table> tables = new ArrayList<>();
        tables.add(new TableWorkbook.Table(text(locale, "list.sheet.list"), headers(layout.columns()),
                entries.stream().flatMap(e -> e.rows().stream()).toList()));
        if (latest) {
            tables.add(new TableWorkbook.Table(text(locale, "list.sheet.superseded"), supersededHeader(locale),
                    supersededRows(superseded, locale)));
        }
        if (layout.hasQuotas()) {
            tables.add(new TableWorkbook.Table(text(locale, "list.sheet.quotas"), headers(layout.quotaColumns()),
                    entries.stream().flatMap(e -> e.quotaRows().stream()).toList()));
        }
        if (hasFindings(batch)) {
            tables.add(new TableWorkbook.Table(text(locale, "list.sheet.batch"), batchHeader(locale),
                    batchRows(batch, locale)));
        }
        tables.add(new TableWorkbook.Table(text(locale, "list.sheet.unreadable"), unreadableHeader(locale),
                unreadableRows(unreadable)));
        return tables;
    }
}

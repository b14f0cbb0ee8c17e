package io.github.medsecforms.validation.internal.rules;

import io.github.medsecforms.validation.BatchEntry;
import io.github.medsecforms.validation.BatchReport;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A batch as the rules across submissions see it: the entries in input order, grouped by form and hospital key
 * (one pass, a hash map), and in every group of more than one the newest submission by the documented order
 * (docs/batch.md): an explicit order file first, then the date the form carries, then the survey tool's 完了時刻,
 * then the file's modification time, then the file name; each superseded submission with the reason that decided it.
 */
public final class BatchView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Tokyo"));
    /** 完了時刻 as the survey tool wrote it (local time, no zone). */
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final List<BatchEntry> entries;
    private final Map<String, Integer> rank = new HashMap<>();
    private final Map<String, List<Integer>> groups = new LinkedHashMap<>();
    private final List<BatchReport.Superseded> superseded = new ArrayList<>();
    /** For each superseded entry (by index), the entry that supersedes it. */
    private final Map<Integer, Integer> newer = new HashMap<>();
    private final Map<Integer, BatchReport.Superseded> supersededAt = new HashMap<>();

    /**
     * @param entries the submissions, in input order
     * @param order   an explicit order of files, oldest first (the last listed is the newest); names match a file's
     *                name as given or its last path segment
     */
    public BatchView(List<BatchEntry> entries, List<String> order) {
        this.entries = List.copyOf(entries);
        for (int i = 0; i < order.size(); i++) {
            String name = order.get(i).strip();
            if (!name.isEmpty()) {
                rank.put(name, i);
            }
        }
        for (int i = 0; i < this.entries.size(); i++) {
            BatchEntry e = this.entries.get(i);
            if (e.hospitalKey().isPresent()) {
                groups.computeIfAbsent(e.formId() + "\n" + e.hospitalKey().get(), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : groups.values()) {
            if (group.size() > 1) {
                order(group);
            }
        }
    }

    public List<BatchEntry> entries() {
        return entries;
    }

    /** The groups of entries (indices, input order) that share form and hospital key, in order of first appearance. */
    public Map<String, List<Integer>> groups() {
        return groups;
    }

    /** The submissions a newer one of the same hospital and form supersedes, in input order of their groups. */
    public List<BatchReport.Superseded> superseded() {
        return superseded;
    }

    /** The entry that supersedes entry {@code index}, if any. */
    public Optional<BatchEntry> newerThan(int index) {
        Integer n = newer.get(index);
        return n == null ? Optional.empty() : Optional.of(entries.get(n));
    }

    /** Why entry {@code index} is superseded, if it is. */
    public Optional<BatchReport.Superseded> supersededAt(int index) {
        return Optional.ofNullable(supersededAt.get(index));
    }

    private int rank(BatchEntry e) {
        Integer r = rank.get(e.file());
        if (r == null) {
            String f = e.file();
            int slash = Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\'));
            r = rank.get(f.substring(slash + 1));
        }
        return r == null ? -1 : r;
    }

    private void order(List<Integer> group) {
        boolean dates = group.stream().allMatch(i -> entries.get(i).formDate().isPresent());
        boolean completed = group.stream().allMatch(i -> entries.get(i).completedAt().isPresent());
        boolean times = group.stream().allMatch(i -> entries.get(i).modified().isPresent());
        Comparator<Integer> by = Comparator.comparingInt(i -> rank(entries.get(i)));
        if (dates) {
            by = by.thenComparing(i -> entries.get(i).formDate().get());
        }
        if (completed) {
            by = by.thenComparing(i -> entries.get(i).completedAt().get());
        }
        if (times) {
            by = by.thenComparing(i -> entries.get(i).modified().get());
        }
        by = by.thenComparing(i -> entries.get(i).file()).thenComparingInt(i -> i);
        int newest = group.stream().max(by).orElseThrow();
        BatchEntry n = entries.get(newest);
        for (int i : group) {
            if (i == newest) {
                continue;
            }
            BatchEntry s = entries.get(i);
            newer.put(i, newest);
            String key;
            Object[] args;
            if (rank(s) != rank(n)) {
                key = "batch.reason.order";
                args = new Object[] {n.file()};
            } else if (dates && !s.formDate().get().equals(n.formDate().get())) {
                key = "batch.reason.date";
                args = new Object[] {n.file(), s.dateLabel().get(0), s.formDate().get().toString(),
                        n.formDate().get().toString(), s.dateLabel().get(1)};
            } else if (completed && !s.completedAt().get().equals(n.completedAt().get())) {
                key = "batch.reason.completed";
                args = new Object[] {n.file(), LOCAL_TIME.format(s.completedAt().get()),
                        LOCAL_TIME.format(n.completedAt().get())};
            } else if (times && !s.modified().get().equals(n.modified().get())) {
                key = "batch.reason.modified";
                args = new Object[] {n.file(), TIME.format(s.modified().get()), TIME.format(n.modified().get())};
            } else {
                key = "batch.reason.name";
                args = new Object[] {n.file()};
            }
            BatchReport.Superseded x = new BatchReport.Superseded(s.file(), s.formId(), s.hospital(), n.file(),
                    RuleContext.MESSAGES.format(key, Locale.JAPANESE, args),
                    RuleContext.MESSAGES.format(key, Locale.ENGLISH, args));
            superseded.add(x);
            supersededAt.put(i, x);
        }
    }
}

package io.github.medsecforms.xlsx;

import java.util.List;

/**
 * A workbook read together with how it was read: the submissions it holds (as {@link FormReader#readAll(byte[], String)}
 * gives them) and, in reading order, where each value came from and how it was found, followed by the text in the
 * form's area that the reader did not place. Made by {@link FormReader#explain(byte[], String)}.
 *
 * <pre>{@code
 * ReadExplanation explained = FormReader.create().explain(Path.of("別紙2-1.xlsx"));
 * for (ReadPlacement p : explained.placed()) {
 *     System.out.println(p.label() + " = " + p.value() + "  " + p.location() + "  (" + p.how() + ")");
 * }
 * explained.unread().forEach(p -> System.out.println("not read: " + p.location() + " " + p.value()));
 * }</pre>
 *
 * @param results    the submissions read: one for most workbooks, one per row of a sheet that lists many
 * @param placements the values found ({@link ReadPlacement#read()}), then the text not read; over all submissions
 */
public record ReadExplanation(List<ReadResult> results, List<ReadPlacement> placements) {
    public ReadExplanation {
        results = List.copyOf(results);
        placements = List.copyOf(placements);
        if (results.isEmpty()) {
            throw new IllegalArgumentException("a read has at least one result");
        }
    }

    /** The first (for most workbooks the only) submission read. */
    public ReadResult result() {
        return results.get(0);
    }

    /** The id of the form read, e.g. {@code line-device-survey}. */
    public String formId() {
        return result().formId();
    }

    /** The file name, as the caller named it. */
    public String fileName() {
        return result().fileName();
    }

    /** The values the reader placed, in reading order. */
    public List<ReadPlacement> placed() {
        return placements.stream().filter(ReadPlacement::read).toList();
    }

    /** The text in the form's area that the reader did not place ({@code MSF-IO-2008}), by sheet and cell. */
    public List<ReadPlacement> unread() {
        return placements.stream().filter(p -> !p.read()).toList();
    }
}

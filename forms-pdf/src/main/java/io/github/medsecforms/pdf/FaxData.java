package io.github.medsecforms.pdf;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.pdf.internal.FreeText;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the QR codes of a printed form carry ({@code docs/fax.md}): the form's canonical JSON (UTF-8, as forms-json's
 * {@code FormJson.writeBytes} writes it) and the paths of the free-text values that were cut to
 * {@link #FREE_TEXT_LIMIT} / {@link #NAME_LIMIT} characters before the JSON was written. The page itself always
 * prints the whole text; only the code carries the cut value, and an import reports those paths as 「途中まで」.
 *
 * <pre>{@code
 * FaxData.Cut cut = FaxData.cut(form);                               // the form with long texts cut
 * FaxData fax = new FaxData(FormJson.writeBytes(cut.form()), cut.paths());
 * byte[] pdf = FormPdf.render(form, font, fax);                       // the page prints the whole form
 * // reading a scan: FaxData back = FaxData.fromBytes(FaxPayload.decode(chunks).data());
 * }</pre>
 *
 * <p>As the codec's {@code data} ({@link #toBytes()}): the JSON alone when nothing was cut, else one header line
 * {@code #cut <path> <path>…} (model paths such as {@code entries[3].remarks}, separated by spaces, LF-terminated)
 * before it. JSON never starts with {@code #}, so the two are told apart by the first byte.</p>
 *
 * @param json     the form's canonical JSON, UTF-8
 * @param cutPaths the model paths whose values the JSON carries cut; empty when nothing was cut
 */
public record FaxData(byte[] json, List<String> cutPaths) {
    /** Characters (code points) of a multi-line free text (備考) a code carries; the rest is cut. */
    public static final int FREE_TEXT_LIMIT = 200;
    /** Characters (code points) of any other text (names, 住所, 所属・役職) a code carries; the rest is cut. */
    public static final int NAME_LIMIT = 100;

    private static final String HEADER = "#cut";

    public FaxData {
        json = json.clone();
        cutPaths = List.copyOf(cutPaths);
        for (String p : cutPaths) {
            if (p.isEmpty() || p.chars().anyMatch(ch -> ch <= ' ')) {
                throw new IllegalArgumentException("not a model path: '" + p + "'");
            }
        }
    }

    /** The data of a form whose texts were all within the limits. */
    public static FaxData of(byte[] json) {
        return new FaxData(json, List.of());
    }

    @Override
    public byte[] json() {
        return json.clone();
    }

    /** The codec's data: the JSON, behind the {@code #cut} line when something was cut. */
    public byte[] toBytes() {
        if (cutPaths.isEmpty()) {
            return json.clone();
        }
        byte[] head = (HEADER + " " + String.join(" ", cutPaths) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + json.length);
        System.arraycopy(json, 0, all, head.length, json.length);
        return all;
    }

    /** The data back from the codec's bytes (see {@link #toBytes()}). */
    public static FaxData fromBytes(byte[] data) {
        if (data.length == 0 || data[0] != '#') {
            return of(data);
        }
        int end = 0;
        while (end < data.length && data[end] != '\n') {
            end++;
        }
        String head = new String(data, 0, end, StandardCharsets.UTF_8);
        byte[] json = Arrays.copyOfRange(data, Math.min(end + 1, data.length), data.length);
        if (!head.startsWith(HEADER)) {
            return of(data); // not ours: the JSON reader reports it
        }
        String paths = head.substring(HEADER.length()).strip();
        return new FaxData(json, paths.isEmpty() ? List.of() : List.of(paths.split(" +")));
    }

    /**
     * The warnings an import gives for the values this data carries cut: one {@code MSF-IO-0618} per cut path, naming
     * the file and the path (the list holds the part; the whole text is on the paper). Empty when nothing was cut.
     */
    public List<io.github.medsecforms.model.Finding> cutFindings(String formId, String file) {
        String code = io.github.medsecforms.model.internal.io.IoError.SCAN_TEXT_CUT.code();
        List<io.github.medsecforms.model.Finding> out = new java.util.ArrayList<>();
        for (String path : cutPaths) {
            out.add(new io.github.medsecforms.model.Finding(code, io.github.medsecforms.model.Severity.WARNING,
                    io.github.medsecforms.model.Stage.STRUCTURE, formId, file, path, "", java.util.Optional.empty(),
                    io.github.medsecforms.model.internal.io.Messages.format(code, java.util.Locale.JAPANESE, file, path,
                            FREE_TEXT_LIMIT, NAME_LIMIT),
                    io.github.medsecforms.model.internal.io.Messages.format(code, java.util.Locale.ENGLISH, file, path,
                            FREE_TEXT_LIMIT, NAME_LIMIT),
                    java.util.Optional.empty()));
        }
        return out;
    }

    /**
     * The form with every text longer than its limit cut to it ({@link #FREE_TEXT_LIMIT} for multi-line free text,
     * {@link #NAME_LIMIT} for other text), and the paths cut.
     */
    public static Cut cut(Form form) {
        Objects.requireNonNull(form, "form");
        FreeText.Result r = FreeText.cut((Record) form, FREE_TEXT_LIMIT, NAME_LIMIT);
        return new Cut((Form) r.value(), r.paths());
    }

    /**
     * A form with its long texts cut.
     *
     * @param form  the form as the code carries it
     * @param paths the model paths cut, in the form's order
     */
    public record Cut(Form form, List<String> paths) {
        public Cut {
            Objects.requireNonNull(form, "form");
            paths = List.copyOf(paths);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FaxData d && Arrays.equals(json, d.json) && cutPaths.equals(d.cutPaths);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(json) * 31 + cutPaths.hashCode();
    }

    @Override
    public String toString() {
        return "FaxData[" + json.length + " bytes of JSON, cut " + cutPaths + "]";
    }
}

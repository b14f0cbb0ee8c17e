package io.github.medsecforms.pdf.internal;

import io.github.medsecforms.model.Finding;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.internal.io.IoFailure;
import io.github.medsecforms.model.internal.io.Localized;
import io.github.medsecforms.model.internal.io.Messages;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One form out of the codes of a scan, page by page, never guessed: every code is first put through the codec on its
 * own to tell ours from another program's and to group the codes by document; then ours together. The form comes out
 * only when all its codes are there and its checksum holds. What stops it is coded with the file and the pages:
 * {@code MSF-IO-0610} no code of ours on any page, {@code MSF-IO-0614} a code of a newer encoding version,
 * {@code MSF-IO-0615} codes of two different forms, {@code MSF-IO-0616} codes missing, {@code MSF-IO-0617} codes
 * that do not fit together — each quoting the codec's own code and message. What does not stop it is a warning of the
 * form (stage {@link Stage#STRUCTURE}): a page without a code ({@code MSF-IO-0611}), a code that cannot be read
 * ({@code MSF-IO-0612}), another program's code ({@code MSF-IO-0613}).
 */
public final class ScanDecoder {

    /** A code and the page it is on. */
    public record Code(int page, byte[] bytes) {
    }

    /** A page: its number, its codes, whether it shows a code that cannot be read. */
    public record PageCodes(int number, List<byte[]> codes, boolean damaged) {
    }

    /** What came out: the codec's result and the warnings of the form. */
    public record Result(FaxCodec.Decoded decoded, List<Finding> findings) {
    }

    private enum Kind { OURS, FOREIGN, NEWER, BROKEN }

    private record Classified(Code code, Kind kind, String document, IoFailure failure) {
    }

    private ScanDecoder() {
    }

    /**
     * The form the pages of {@code file} carry.
     *
     * @throws IoFailure coded MSF-IO-0610, 0614, 0615, 0616, 0617 (see the class comment)
     */
    public static Result decode(String file, List<PageCodes> pages) {
        List<Classified> classified = new ArrayList<>();
        for (PageCodes p : pages) {
            for (byte[] c : p.codes()) {
                classified.add(classify(new Code(p.number(), c)));
            }
        }
        List<Integer> damaged = pages.stream().filter(PageCodes::damaged).map(PageCodes::number).toList();
        List<Integer> foreign = pagesOf(classified, Kind.FOREIGN);
        List<Classified> ours = classified.stream().filter(c -> c.kind() != Kind.FOREIGN).toList();
        if (ours.isEmpty()) {
            throw IoFailure.of(IoError.SCAN_NO_CODE, file, pages.size(), notes(damaged, foreign));
        }
        List<Classified> newer = ours.stream().filter(c -> c.kind() == Kind.NEWER).toList();
        if (!newer.isEmpty()) {
            throw IoFailure.of(IoError.SCAN_NEWER_VERSION, file, pageList(pagesOf(newer)),
                    codecMessage(newer.get(0).failure()));
        }
        Map<String, TreeSet<Integer>> documents = new LinkedHashMap<>();
        ours.stream().filter(c -> c.document() != null)
                .forEach(c -> documents.computeIfAbsent(c.document(), k -> new TreeSet<>()).add(c.code().page()));
        if (documents.size() > 1) {
            List<String> groups = new ArrayList<>();
            documents.forEach((doc, p) -> groups.add(doc + ": " + pageList(List.copyOf(p))));
            throw IoFailure.of(IoError.SCAN_TWO_FORMS, file, String.join(" / ", groups));
        }
        FaxCodec.Decoded decoded;
        try {
            decoded = FaxCodec.decode(ours.stream().map(c -> c.code().bytes()).toList());
        } catch (IoFailure f) {
            List<Integer> at = pagesOf(ours);
            if (f.error() == IoError.FAX_CHUNKS_MISSING) {
                throw IoFailure.of(IoError.SCAN_CODES_MISSING, file, codecMessage(f), pageList(at),
                        notes(damaged, foreign));
            }
            if (f.error() == IoError.FAX_TWO_DOCUMENTS) {
                throw IoFailure.of(IoError.SCAN_TWO_FORMS, file, codecMessage(f));
            }
            throw IoFailure.of(IoError.SCAN_CODES_BROKEN, file, pageList(at), codecMessage(f));
        }
        List<Finding> findings = new ArrayList<>();
        TreeSet<Integer> withCode = new TreeSet<>(pagesOf(ours));
        for (PageCodes p : pages) {
            if (p.damaged()) {
                findings.add(warning(IoError.SCAN_CODE_UNREADABLE, decoded.formId(), file, p.number()));
            } else if (!withCode.contains(p.number()) && !foreign.contains(p.number())) {
                findings.add(warning(IoError.SCAN_PAGE_NO_CODE, decoded.formId(), file, p.number()));
            }
        }
        for (int p : foreign) {
            findings.add(warning(IoError.SCAN_FOREIGN_CODE, decoded.formId(), file, p));
        }
        return new Result(decoded, findings);
    }

    /** One code through the codec on its own: ours (with its document), another program's, newer, or broken. */
    private static Classified classify(Code code) {
        try {
            FaxCodec.Decoded alone = FaxCodec.decode(List.of(code.bytes()));
            // a document in one code: its id as the codec makes it, so that every document is named alike
            String id = HexFormat.of().formatHex(FaxCodec.documentId(alone.formId().getBytes(StandardCharsets.UTF_8),
                    alone.formVersion().getBytes(StandardCharsets.UTF_8), alone.data()));
            return new Classified(code, Kind.OURS, id, null);
        } catch (IoFailure f) {
            return switch (f.error()) {
                case FAX_NOT_OURS -> new Classified(code, Kind.FOREIGN, null, f);
                case FAX_NEWER_VERSION -> new Classified(code, Kind.NEWER, null, f);
                // one code of several: its document id is the codec's last argument
                case FAX_CHUNKS_MISSING -> new Classified(code, Kind.OURS, String.valueOf(f.args()[3]), f);
                default -> new Classified(code, Kind.BROKEN, null, f);
            };
        }
    }

    private static List<Integer> pagesOf(List<Classified> list, Kind kind) {
        return pagesOf(list.stream().filter(c -> c.kind() == kind).toList());
    }

    private static List<Integer> pagesOf(List<Classified> list) {
        return List.copyOf(new TreeSet<>(list.stream().map(c -> c.code().page()).toList()));
    }

    /** The codec's failure as a message argument: its code and its message, in the caller's language. */
    private static Localized codecMessage(IoFailure f) {
        return locale -> f.error().code() + ": " + Messages.format(f.error().code(), locale, f.args());
    }

    /** What else was seen on the pages, for a message: pages with an unreadable code, pages with another's code. */
    private static Localized notes(List<Integer> damaged, List<Integer> foreign) {
        return locale -> {
            StringBuilder sb = new StringBuilder();
            if (!damaged.isEmpty()) {
                sb.append(Messages.format("scan.unreadablePages", locale, pageList(damaged)));
            }
            if (!foreign.isEmpty()) {
                sb.append(sb.length() > 0 ? " " : "").append(Messages.format("scan.foreignPages", locale,
                        pageList(foreign)));
            }
            return sb.toString();
        };
    }

    private static String pageList(List<Integer> pages) {
        return ScanPages.pageList(pages);
    }

    private static Finding warning(IoError error, String formId, String file, int page) {
        return new Finding(error.code(), Severity.WARNING, Stage.STRUCTURE, formId, file, "", "",
                Optional.empty(), Messages.format(error.code(), Locale.JAPANESE, file, page),
                Messages.format(error.code(), Locale.ENGLISH, file, page), Optional.empty());
    }
}

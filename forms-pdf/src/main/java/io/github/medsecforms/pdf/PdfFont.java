package io.github.medsecforms.pdf;

import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.internal.io.IoFailure;
import io.github.medsecforms.pdf.internal.FontFiles;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Japanese TrueType font PDFs are written with ({@link FormPdf}, {@link ReportPdf}). The font is embedded in
 * every PDF as a subset of the characters used, so the file prints anywhere. The recommended font is IPAex Gothic
 * ({@code ipaexg.ttf}, IPA Font License v1.0, which allows redistribution and embedding): Debian and Ubuntu install
 * it with {@code apt-get install fonts-ipaexfont-gothic}. On Windows, when IPAex is not installed, Yu Gothic,
 * Meiryo or MS Gothic from the Windows fonts folder is used. See {@code docs/pdf.md}.
 *
 * <p>There is no fallback to a font without Japanese glyphs: when none is found, {@link #locate} fails with a
 * coded message (MSF-IO-0401) saying how to install or configure one, instead of writing boxes for every
 * character.</p>
 *
 * <pre>{@code
 * PdfFont font = PdfFont.locate(Optional.empty());          // IPAex Gothic at its Debian path, …
 * PdfFont mine = PdfFont.of(Path.of("C:/fonts/ipaexg.ttf")); // a given file, checked
 * }</pre>
 */
public final class PdfFont {
    private final Path file;
    private final String name;
    private final BitSet coverage;

    private PdfFont(Path file, FontFiles.Checked checked) {
        this.file = file;
        this.name = checked.name();
        this.coverage = checked.coverage();
    }

    /**
     * The font file {@code file}, checked: it must be a TrueType font ({@code .ttf}) or collection ({@code .ttc},
     * its first Japanese font is used) with Japanese glyphs that may be embedded.
     *
     * @throws FormIoException MSF-IO-0402 naming the file and the reason
     */
    public static PdfFont of(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return new PdfFont(file, FontFiles.check(file));
        } catch (IoFailure f) {
            throw f.toException();
        }
    }

    /**
     * The font to use: {@code configured} when given (checked like {@link #of}), else the first usable font of
     * {@link #searchedLocations()}.
     *
     * @throws FormIoException MSF-IO-0402 if the configured font cannot be used; MSF-IO-0401, saying how to
     *                         install or configure a font, if none was found
     */
    public static PdfFont locate(Optional<Path> configured) {
        if (configured.isPresent()) {
            return of(configured.get());
        }
        for (Path candidate : FontFiles.candidates()) {
            if (!candidate.toFile().isFile()) {
                continue;
            }
            try {
                return new PdfFont(candidate, FontFiles.check(candidate));
            } catch (IoFailure unusable) {
                // try the next one
            }
        }
        String searched = searchedLocations().stream().map(Path::toString).collect(Collectors.joining(", "));
        throw IoFailure.of(IoError.FONT_NOT_FOUND, searched).toException();
    }

    /** Where {@link #locate} looks for a font when none is configured, in order. */
    public static List<Path> searchedLocations() {
        return FontFiles.candidates();
    }

    /** The font file. */
    public Path file() {
        return file;
    }

    /** The font's PostScript name, e.g. {@code IPAexGothic}. */
    public String name() {
        return name;
    }

    /**
     * Whether the font has a glyph for {@code codePoint}: what a caller checks to replace a character (say with
     * 〓) before rendering, instead of failing with MSF-IO-0403. Line ends and tabs are always accepted.
     */
    public boolean canDisplay(int codePoint) {
        return codePoint == '\n' || codePoint == '\t' || codePoint == '\r' || coverage.get(codePoint);
    }

    @Override
    public String toString() {
        return name + " (" + file + ")";
    }
}

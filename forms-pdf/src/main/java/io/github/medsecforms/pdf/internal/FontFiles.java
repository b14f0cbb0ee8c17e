package io.github.medsecforms.pdf.internal;

import io.github.medsecforms.model.internal.io.IoError;
import io.github.medsecforms.model.internal.io.IoFailure;
import io.github.medsecforms.model.internal.io.Localized;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Japanese TrueType fonts for PDF output: where to look for one, whether a file is usable (readable, has Japanese
 * glyphs, may be embedded), and loading it into a document as a subset.
 */
public final class FontFiles {
    /** Characters a font must have to count as Japanese: a kanji, hiragana, katakana and a circled digit. */
    private static final String PROBE = "医あア①";

    private FontFiles() {
    }

    /**
     * Where a Japanese font is looked for, in order: IPAex Gothic at its Debian/Ubuntu, Fedora and macOS locations
     * and Debian's {@code fonts-japanese-gothic} alternative; on Windows, IPAex/IPA Gothic, Yu Gothic, Meiryo and
     * MS Gothic in the Windows fonts folder.
     */
    public static List<Path> candidates() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        String windir = System.getenv("WINDIR");
        Path home = Path.of(System.getProperty("user.home", "."));
        return candidates(windows, Path.of(windir == null || windir.isBlank() ? "C:\\Windows" : windir), home);
    }

    static List<Path> candidates(boolean windows, Path windowsDir, Path home) {
        List<Path> list = new ArrayList<>();
        if (windows) {
            Path fonts = windowsDir.resolve("Fonts");
            for (String name : List.of("ipaexg.ttf", "ipag.ttf", "YuGothM.ttc", "YuGothR.ttc", "meiryo.ttc",
                    "msgothic.ttc")) {
                list.add(fonts.resolve(name));
            }
            list.add(home.resolve("AppData").resolve("Local").resolve("Microsoft").resolve("Windows")
                    .resolve("Fonts").resolve("ipaexg.ttf"));
            return list;
        }
        list.add(Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"));
        list.add(Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"));
        list.add(Path.of("/usr/share/fonts/ipa-ex-gothic-fonts/ipaexg.ttf"));
        list.add(Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"));
        list.add(home.resolve(".local/share/fonts/ipaexg.ttf"));
        list.add(home.resolve("Library/Fonts/ipaexg.ttf"));
        list.add(Path.of("/Library/Fonts/ipaexg.ttf"));
        return list;
    }

    /**
     * Checks that {@code file} can be used: it exists, reads as a TrueType font or collection, has Japanese glyphs
     * and can be embedded in a PDF.
     *
     * @return the font's PostScript name and the characters it has
     * @throws IoFailure {@link IoError#FONT_UNUSABLE} naming the reason
     */
    public static Checked check(Path file) {
        try (PDDocument scratch = new PDDocument(); Loaded loaded = load(scratch, file)) {
            return new Checked(loaded.name(), coverage(loaded.ttf()));
        } catch (IOException e) {
            throw unusable(file, Localized.message("font.unreadable", e.getMessage()));
        }
    }

    /**
     * A usable font file.
     *
     * @param name     the PostScript name
     * @param coverage the code points (up to U+2FFFF) the font has a glyph for
     */
    public record Checked(String name, BitSet coverage) {
    }

    private static BitSet coverage(TrueTypeFont ttf) throws IOException {
        BitSet set = new BitSet(0x30000);
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap != null) {
            for (int cp = 0x20; cp < 0x30000; cp++) {
                if (cmap.getGlyphId(cp) > 0) {
                    set.set(cp);
                }
            }
        }
        return set;
    }

    /** A font loaded into a document: the PDF font and the parsed file, to close after the document is saved. */
    record Loaded(PDType0Font font, String name, TrueTypeFont ttf, Closeable source) implements Closeable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    /** Loads {@code file} into {@code doc} for subset embedding; for a collection, its first Japanese font. */
    static Loaded load(PDDocument doc, Path file) {
        if (!Files.isRegularFile(file)) {
            throw unusable(file, Localized.message("font.missing"));
        }
        Closeable source = null;
        try {
            TrueTypeFont ttf;
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                source = collection;
                ttf = firstJapanese(collection).orElseThrow(() -> unusable(file,
                        Localized.message("font.noJapanese", PROBE)));
            } else {
                ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                source = ttf;
                if (!isJapanese(ttf)) {
                    throw unusable(file, Localized.message("font.noJapanese", PROBE));
                }
            }
            PDType0Font font;
            try {
                font = PDType0Font.load(doc, ttf, true);
            } catch (IOException | RuntimeException e) {
                throw unusable(file, Localized.message("font.noEmbedding", e.getMessage()));
            }
            return new Loaded(font, ttf.getName(), ttf, source);
        } catch (IOException | RuntimeException e) {
            closeQuietly(source);
            if (e instanceof IoFailure f) {
                throw f;
            }
            throw unusable(file, Localized.message("font.unreadable", String.valueOf(e.getMessage())));
        }
    }

    private static Optional<TrueTypeFont> firstJapanese(TrueTypeCollection collection) throws IOException {
        List<TrueTypeFont> found = new ArrayList<>();
        collection.processAllFonts(ttf -> {
            if (found.isEmpty() && isJapanese(ttf)) {
                found.add(ttf);
            }
        });
        return found.stream().findFirst();
    }

    private static boolean isJapanese(TrueTypeFont ttf) throws IOException {
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) {
            return false;
        }
        return PROBE.codePoints().allMatch(cp -> cmap.getGlyphId(cp) > 0);
    }

    static IoFailure unusable(Path file, Localized reason) {
        return IoFailure.of(IoError.FONT_UNUSABLE, file.toString(), reason);
    }

    private static void closeQuietly(Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
    }
}

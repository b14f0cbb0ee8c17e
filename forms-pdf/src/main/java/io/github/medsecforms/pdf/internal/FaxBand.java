package io.github.medsecforms.pdf.internal;

import com.google.zxing.common.BitMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * The band of FAX codes at the foot of every printed page (docs/fax.md): a rule, a Japanese caption saying what the
 * codes are and that handwriting after printing is not in them, and up to {@link #PER_PAGE} codes, each numbered as
 * its chunk ({@code コード 2/3}). Chunks go to the pages' slots in turn, starting again at the first when every chunk
 * has a slot (so a page of a short form carries all of its codes); chunks left over go on pages of their own
 * (「データ用コード（続き）」), {@link #PER_CODE_PAGE} to a page.
 */
final class FaxBand {
    static final FaxCodes.Spec SPEC = FaxCodes.PRINTED;
    /** Codes in the band of a form page. */
    static final int PER_PAGE = 2;
    static final float GAP = 8;
    static final float LABEL = 10.5f;
    /** The band's height: rule, quiet zone, code, label. */
    static final float HEIGHT = GAP + SPEC.side() + SPEC.quiet() + LABEL + 8;
    static final int ACROSS = 3;
    static final int DOWN = 4;
    static final int PER_CODE_PAGE = ACROSS * DOWN;

    static final String CAPTION = "このQRコードには、印刷した時点のこの様式の内容（様式・版・記入内容）が入っています。"
            + "受け取った側はコードから内容を読み込めます。印刷後の手書きの書き込み・訂正はコードに含まれません。";

    private FaxBand() {
    }

    /** The chunks of each form page (index = page), and the chunks left for code pages. */
    record Plan(List<List<Integer>> perPage, List<Integer> rest) {
    }

    static Plan plan(int pages, int chunks) {
        List<List<Integer>> perPage = new ArrayList<>();
        int slots = pages * Math.min(PER_PAGE, chunks);
        int next = 0;
        for (int p = 0; p < pages; p++) {
            List<Integer> mine = new ArrayList<>();
            for (int s = 0; s < Math.min(PER_PAGE, chunks); s++) {
                mine.add(next % chunks);
                next++;
            }
            perPage.add(mine);
        }
        List<Integer> rest = new ArrayList<>();
        for (int k = slots; k < chunks; k++) {
            rest.add(k);
        }
        return new Plan(perPage, rest);
    }

    /** Draws the band of one form page with its top at {@code top}. */
    static void draw(Canvas c, float left, float width, float top, List<BitMatrix> codes, List<Integer> numbers,
                     int total, String cutNote) {
        c.line(left, top, left + width, top, 0.8f);
        float codeTop = top + GAP + SPEC.quiet() / 2;
        float pitch = SPEC.side() + SPEC.quiet() * 1.5f;
        float codesLeft = left + width - codes.size() * pitch + SPEC.quiet() / 2;
        float captionWidth = codesLeft - left - SPEC.quiet();
        float y = top + GAP + LABEL + 2;
        String text = CAPTION + (cutNote.isEmpty() ? "" : "\n" + cutNote);
        for (String line : c.wrap(text, LABEL, captionWidth)) {
            c.text(line, left, y, LABEL);
            y += LABEL * 1.4f;
        }
        for (int k = 0; k < codes.size(); k++) {
            float x = codesLeft + k * pitch;
            FaxCodes.draw(c, codes.get(k), x, codeTop, SPEC.module());
            c.centred("コード " + (numbers.get(k) + 1) + "/" + total, x + SPEC.side() / 2,
                    codeTop + SPEC.side() + SPEC.quiet() + LABEL - 2, LABEL, false);
        }
    }

    /** Pages of codes alone for the chunks no form page had room for. */
    static void codePages(Canvas c, float left, float width, String title, List<BitMatrix> all, List<Integer> rest,
                          int total) {
        float pitchX = width / ACROSS;
        float pitchY = SPEC.side() + SPEC.quiet() * 2 + LABEL + 12;
        for (int from = 0; from < rest.size(); from += PER_CODE_PAGE) {
            c.newPage();
            float y = 56;
            c.text(title + "　データ用コード（続き）", left, y, 12, true);
            y += 20;
            for (String line : c.wrap(CAPTION, LABEL, width)) {
                c.text(line, left, y, LABEL);
                y += LABEL * 1.4f;
            }
            y += SPEC.quiet();
            for (int k = from; k < Math.min(rest.size(), from + PER_CODE_PAGE); k++) {
                int slot = k - from;
                float x = left + (slot % ACROSS) * pitchX + (pitchX - SPEC.side()) / 2;
                float top = y + (float) (slot / ACROSS) * pitchY;
                int chunk = rest.get(k);
                FaxCodes.draw(c, all.get(chunk), x, top, SPEC.module());
                c.centred("コード " + (chunk + 1) + "/" + total, x + SPEC.side() / 2,
                        top + SPEC.side() + SPEC.quiet() + LABEL - 2, LABEL, false);
            }
        }
    }
}

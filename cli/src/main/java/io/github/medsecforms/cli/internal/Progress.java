package io.github.medsecforms.cli.internal;

import java.io.PrintWriter;

/**
 * A progress bar on standard error for long runs, {@code 検証中 [#########-----------]  812/2000}, redrawn in place
 * at most ten times a second. Shown only when standard output is a terminal ({@code System.console() != null}) and
 * there is more than one file; otherwise every method does nothing, so logs and pipes stay clean.
 */
final class Progress {
    private static final int WIDTH = 30;
    private static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final String label;
    private final int total;
    private final boolean enabled;
    private int done;
    private long last;
    private int drawnWidth;

    Progress(PrintWriter err, String label, int total, boolean enabled) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.enabled = enabled && total > 1;
    }

    /** A progress bar shown when standard output is a terminal. */
    static Progress onTerminal(PrintWriter err, String label, int total) {
        return new Progress(err, label, total, System.console() != null);
    }

    /** One more file done. */
    void step() {
        done++;
        long now = System.nanoTime();
        if (enabled && (done == total || now - last >= INTERVAL_NANOS)) {
            last = now;
            draw();
        }
    }

    /** Removes the bar, so that a line of output can be printed; {@link #redraw()} puts it back. */
    void clear() {
        if (enabled && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }

    void redraw() {
        if (enabled && done > 0) {
            draw();
        }
    }

    /** Ends the bar: the line is cleared. */
    void finish() {
        clear();
    }

    /** The bar as drawn for {@code done} of {@code total}. */
    String bar() {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        String count = String.format("%" + Integer.toString(total).length() + "d/%d", done, total);
        return label + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + count;
    }

    private void draw() {
        String bar = bar();
        err.print("\r" + bar);
        err.flush();
        drawnWidth = bar.length() + label.length(); // Japanese labels are two columns wide
    }
}

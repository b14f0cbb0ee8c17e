package io.github.medsecforms.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a rule, a label, a choice or a checklist item comes from: a source document (a seed of {@code ../shared/seeds/},
 * named by its number {@code 000}–{@code 004}) with short quotes, or our design with one sentence of reason, or
 * wording that is not confirmed from a primary document ({@code unverified}). Quotes are checked against the seeds'
 * text by the traceability tests; documentation shows the basis beside each rule, label and item.
 *
 * <p>Notation (annotations and the checklist item resources): {@code 002} — the wording itself is quoted from seed 002;
 * {@code 002「…」} — a quote from seed 002, several as {@code 002「…」「…」 003「…」}; {@code our design: reason};
 * {@code unverified: reason}. A basis of kind {@link Kind#SEED} whose quote is empty stands for "the wording it is
 * attached to", filled in by {@link #quoting}.</p>
 *
 * @param kind   what kind of basis it is
 * @param quotes the quotes, in order (also context for {@link Kind#OUR_DESIGN})
 * @param reason the reason (our design, unverified), else empty
 */
public record Basis(Kind kind, List<Quote> quotes, String reason) {
    private static final Pattern SEED = Pattern.compile("\\s*([0-9]{3})((?:「[^」]*」)*)");
    private static final Pattern QUOTED = Pattern.compile("「([^」]*)」");

    /** The kinds of basis. */
    public enum Kind {
        /** Quoted from a source document. */
        SEED,
        /** Our design: the project decided it, for the reason given. */
        OUR_DESIGN,
        /** Wording or numbering not confirmed from a primary document. */
        UNVERIFIED
    }

    /**
     * A quote from a seed.
     *
     * @param seed the seed's number, e.g. {@code 002}
     * @param text the quoted text; empty for "the wording the basis is attached to"
     */
    public record Quote(String seed, String text) {
        public Quote {
            Objects.requireNonNull(seed);
            Objects.requireNonNull(text);
            if (!seed.matches("[0-9]{3}")) {
                throw new IllegalArgumentException("a seed is named by three digits: " + seed);
            }
        }
    }

    public Basis {
        Objects.requireNonNull(kind);
        quotes = List.copyOf(quotes);
        Objects.requireNonNull(reason);
    }

    /** Quotes from one seed; with no quote, the wording the basis is attached to is the quote. */
    public static Basis seed(String seed, String... quotes) {
        List<Quote> q = new ArrayList<>();
        if (quotes.length == 0) {
            q.add(new Quote(seed, ""));
        }
        for (String text : quotes) {
            q.add(new Quote(seed, text));
        }
        return new Basis(Kind.SEED, q, "");
    }

    /**
     * The wording itself, quoted from one of {@code seeds} (the default of a form's labels and choices: the
     * traceability test looks for the wording in each of them and accepts any).
     */
    public static Basis wordingOf(List<String> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed to quote the wording from");
        }
        return new Basis(Kind.SEED, seeds.stream().map(s -> new Quote(s, "")).toList(), "");
    }

    /**
     * {@code notation} read by {@link #parse}, or, when it is empty, the wording quoted from one of {@code seeds}
     * ({@link #wordingOf}); with no seed at all (a form that names none), unverified.
     */
    public static Basis parseOr(String notation, List<String> seeds) {
        if (notation != null && !notation.isBlank()) {
            return parse(notation);
        }
        return seeds.isEmpty() ? unverified("the form names no seed to quote from") : wordingOf(seeds);
    }

    /** Our design, for {@code reason} (one sentence). */
    public static Basis ourDesign(String reason) {
        return new Basis(Kind.OUR_DESIGN, List.of(), reason);
    }

    /** Not confirmed from a primary document, for {@code reason}. */
    public static Basis unverified(String reason) {
        return new Basis(Kind.UNVERIFIED, List.of(), reason);
    }

    /** This basis with more quotes from {@code seed}: further sources, or the context of our design. */
    public Basis and(String seed, String... more) {
        List<Quote> q = new ArrayList<>(quotes);
        for (String text : more) {
            q.add(new Quote(seed, text));
        }
        return new Basis(kind, q, reason);
    }

    /** The basis with every empty quote standing for {@code wording}. */
    public Basis quoting(String wording) {
        return new Basis(kind, quotes.stream().map(q -> q.text().isEmpty() ? new Quote(q.seed(), wording) : q).toList(),
                reason);
    }

    /**
     * Reads the notation: {@code 002}, {@code 002「…」「…」 003「…」}, {@code our design: …}, {@code unverified: …}.
     *
     * @throws IllegalArgumentException for anything else (an annotation with a typo fails where it is read)
     */
    public static Basis parse(String notation) {
        String s = notation.strip();
        if (s.startsWith("our design:")) {
            return ourDesign(s.substring("our design:".length()).strip());
        }
        if (s.startsWith("unverified:")) {
            return unverified(s.substring("unverified:".length()).strip());
        }
        List<Quote> q = new ArrayList<>();
        Matcher m = SEED.matcher(s);
        int at = 0;
        while (at < s.length() && m.find(at) && m.start() == at) {
            String seed = m.group(1);
            if (m.group(2).isEmpty()) {
                q.add(new Quote(seed, ""));
            } else {
                Matcher t = QUOTED.matcher(m.group(2));
                while (t.find()) {
                    q.add(new Quote(seed, t.group(1)));
                }
            }
            at = m.end();
        }
        if (q.isEmpty() || at != s.length()) {
            throw new IllegalArgumentException("not a basis (002, 002「…」, our design: …, unverified: …): " + notation);
        }
        return new Basis(Kind.SEED, q, "");
    }

    /** The seeds quoted, in order, each once. */
    public List<String> seeds() {
        return quotes.stream().map(Quote::seed).distinct().toList();
    }

    /**
     * The basis as documentation shows it: {@code seed 002「…」}, {@code 独自設計 (our design): …}, {@code 未確認
     * (unverified): …}; an empty quote (the wording itself) shows only its seed.
     */
    public String describe() {
        StringBuilder quoted = new StringBuilder();
        String lastSeed = null;
        boolean lastEmpty = false;
        for (Quote q : quotes) {
            if (!q.seed().equals(lastSeed)) {
                if (lastEmpty && q.text().isEmpty()) {
                    quoted.append(", ").append(q.seed());
                } else {
                    quoted.append(quoted.length() == 0 ? "" : " ").append("seed ").append(q.seed());
                }
                lastSeed = q.seed();
            }
            if (!q.text().isEmpty()) {
                quoted.append("「").append(q.text()).append("」");
            }
            lastEmpty = q.text().isEmpty();
        }
        return switch (kind) {
            case SEED -> quoted.toString();
            case OUR_DESIGN -> "独自設計 (our design): " + reason + (quotes.isEmpty() ? "" : " 参照: " + quoted);
            case UNVERIFIED -> "未確認 (unverified): " + reason + (quotes.isEmpty() ? "" : " 参照: " + quoted);
        };
    }
}

package io.github.medsecforms.model.checklist;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.value.FiscalYear;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The items of each checklist version, read from resources {@code <form-id>-<version>.tsv} beside this class
 * (columns: id, section, text, flags, basis; flags {@code premise}, {@code unverified}, {@code optional} and
 * {@code group=NAME}, comma-separated; basis in
 * {@link Basis} notation — {@code 001} when the text is the seed's own wording, {@code 004「…」} for the passage it
 * rests on, {@code unverified: …}; {@code #} starts a comment). Adding 令和7年度版 is adding a resource.
 */
public final class ChecklistCatalogue {
    private static final Map<String, List<ChecklistItem>> CACHE = new ConcurrentHashMap<>();

    private ChecklistCatalogue() {
    }

    /** The items of a checklist form in a version, in order; empty if the version has no item resource. */
    public static List<ChecklistItem> items(String formId, FiscalYear version) {
        return CACHE.computeIfAbsent(formId + "-" + version.code(), ChecklistCatalogue::load);
    }

    /** The item with {@code id}, if the version has it. */
    public static Optional<ChecklistItem> item(String formId, FiscalYear version, String id) {
        return items(formId, version).stream().filter(i -> i.id().equals(id)).findFirst();
    }

    private static List<ChecklistItem> load(String key) {
        String name = key + ".tsv";
        try (InputStream in = ChecklistCatalogue.class.getResourceAsStream(name)) {
            if (in == null) {
                return List.of();
            }
            List<ChecklistItem> items = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 3) {
                    throw new IllegalStateException(name + ": malformed line: " + line);
                }
                String flags = cols.length > 3 ? cols[3] : "";
                if (cols.length < 5 || cols[4].isBlank()) {
                    throw new IllegalStateException(name + ": an item without its basis: " + line);
                }
                items.add(new ChecklistItem(cols[0].strip(), cols[1].strip(), cols[2].strip(),
                        flags.contains("premise"), flags.contains("unverified"), Basis.parse(cols[4]), group(flags),
                        flags.contains("optional")));
            }
            return List.copyOf(items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code group=NAME} flag's name, or empty. */
    private static String group(String flags) {
        for (String flag : flags.split(",")) {
            String f = flag.strip();
            if (f.startsWith("group=")) {
                return f.substring("group=".length()).strip();
            }
        }
        return "";
    }
}

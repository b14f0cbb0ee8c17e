package io.github.medsecforms.json;

import java.nio.file.Path;

/** Where the generated documentation lives: {@code medsec.docs.dir} (set by the build), else {@code ../docs}. */
final class TestDocs {
    private TestDocs() {
    }

    static Path dir() {
        String configured = System.getProperty("medsec.docs.dir");
        return configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..", "docs");
    }

    static Path schemas() {
        return dir().resolve("schemas");
    }

    static Path examples() {
        return dir().resolve("examples");
    }
}

package io.github.medsecforms.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root, from {@code -Dmedsec.root.dir} (set by the build) or found above the working directory. */
final class Repository {
    private Repository() {
    }

    static Path root() {
        String configured = System.getProperty("medsec.root.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("forms-model")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("repository root not found; set -Dmedsec.root.dir");
    }
}

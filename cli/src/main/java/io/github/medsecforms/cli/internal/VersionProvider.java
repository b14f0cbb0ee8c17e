package io.github.medsecforms.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code medsec-forms --version}: the Maven {@code project.version} filtered into {@code version.properties}. */
public final class VersionProvider implements IVersionProvider {
    /** The version of this build, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/io/github/medsecforms/cli/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "medsec-forms " + version(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "") + ")",
        };
    }
}

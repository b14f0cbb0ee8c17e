package io.github.medsecforms.cli.internal;

/** The {@code --format} of commands that print data. Parsed case-insensitively. */
public enum OutputFormat {
    TEXT, JSON, MARKDOWN
}

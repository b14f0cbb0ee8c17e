package io.github.medsecforms.cli.internal;

/** The {@code --format} of commands that print validation reports. Parsed case-insensitively. */
public enum ReportFormat {
    TEXT, JSON, TSV
}

package io.github.medsecforms.cli.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The files a batch command works on: files named on the command line as they are, folders searched recursively for
 * Excel workbooks ({@code .xlsx}, {@code .xlsm}, and legacy {@code .xls}, which are read like the others). Hidden files and folders (names starting with {@code .}) and Excel's lock files ({@code ~$…})
 * are skipped. Within a folder, files are sorted by path, so every run lists them in the same order.
 */
final class Inputs {
    private Inputs() {
    }

    /**
     * The files found, and the problems met on the way.
     *
     * @param files    regular files, in command-line order, each folder's files sorted by path
     * @param problems coded messages for paths that do not exist or folders that cannot be read
     */
    record Found(List<Path> files, List<String> problems) {
    }

    /** Workbooks: named files and the workbooks of named folders. */
    static Found workbooks(List<Path> paths, Messages messages) {
        return collect(paths, messages, true, false);
    }

    /**
     * Forms: named files, and the workbooks and scans (.pdf .tif .tiff .png .jpg .jpeg, read for the QR codes of
     * printed forms; D-69) of named folders — what {@code validate} and {@code import} read.
     */
    static Found forms(List<Path> paths, Messages messages) {
        return collect(paths, messages, true, true);
    }

    /** Every file: named files and all files of named folders (a submission package holds PDFs and drawings too). */
    static Found allFiles(List<Path> paths, Messages messages) {
        return collect(paths, messages, false, false);
    }

    private static Found collect(List<Path> paths, Messages messages, boolean workbooksOnly, boolean scans) {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                files.add(path);
            } else if (Files.isDirectory(path)) {
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(path, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(path) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !hidden(file) && (!workbooksOnly || isWorkbook(file)
                                    || scans && io.github.medsecforms.pdf.Scans.isScanName(file.getFileName().toString()))) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(Coded.message(messages, "MSF-CLI-0013", file, Coded.reason(messages, e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException e) {
                    problems.add(Coded.message(messages, "MSF-CLI-0013", path, Coded.reason(messages, e)));
                }
                found.sort(Comparator.comparing(Path::toString));
                files.addAll(found);
            } else {
                problems.add(Coded.message(messages, "MSF-CLI-0001", path));
            }
        }
        return new Found(files, problems);
    }

    /** Whether a file name is that of an Excel workbook: .xlsx, .xlsm or the legacy .xls. */
    static boolean isWorkbook(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
    }

    private static boolean hidden(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString();
        return n.startsWith(".") || n.startsWith("~$") || n.equals("__MACOSX");
    }

    /** How a file is named in reports: its path as found (relative when the folder was given relatively). */
    static String displayName(Path file) {
        return file.normalize().toString();
    }
}

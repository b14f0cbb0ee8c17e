package io.github.medsecforms.io.internal.xlsx.read;

import io.github.medsecforms.io.internal.grid.GridReader;
import io.github.medsecforms.io.internal.grid.ReadLimits;
import java.nio.file.Files;
import java.nio.file.Path;

public class DebugRecognise {
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            var grid = GridReader.read(Files.readAllBytes(Path.of(a)), ReadLimits.DEFAULT);
            var prepared = WorkbookFormReader.prepare(grid);
            System.out.println(Path.of(a).getFileName() + " " + Recognizer.scores(prepared.views()));
        }
    }
}

package io.github.medsecforms.io.internal.xlsx.read;

import io.github.medsecforms.io.internal.grid.GridReader;
import io.github.medsecforms.io.internal.grid.ReadLimits;
import java.nio.file.Files;
import java.nio.file.Path;

public class DebugRead {
    public static void main(String[] args) throws Exception {
        var grid = GridReader.read(Files.readAllBytes(Path.of(args[0])), ReadLimits.DEFAULT);
        var prepared = WorkbookFormReader.prepare(grid);
        var form = WorkbookFormReader.recognise(prepared).orElseThrow();
        Explain explain = Explain.recording();
        var all = WorkbookFormReader.readAll(prepared, form, explain);
        var result = all.get(0);
        System.out.println(form.id() + " " + result.form().version() + " submissions " + all.size());
        for (var r : all) {
            System.out.println("  # " + r.form());
        }
        for (var e : explain.entries()) {
            if (args.length < 2 || e.path().contains(args[1])) {
                System.out.println("  " + e.path() + " = " + e.value() + "  @" + e.sheet() + "!" + e.cell() + "  (" + e.how() + ")");
            }
        }
        for (var f : result.findings()) {
            System.out.println("  F " + f.code() + " " + f.severity() + " " + f.sheet() + "!" + f.cell() + " " + f.path() + " " + f.messageJa());
        }
    }
}

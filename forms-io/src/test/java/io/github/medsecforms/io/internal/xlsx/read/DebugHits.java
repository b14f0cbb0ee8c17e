package io.github.medsecforms.io.internal.xlsx.read;

import io.github.medsecforms.io.internal.grid.GridReader;
import io.github.medsecforms.io.internal.grid.ReadLimits;
import java.nio.file.Files;
import java.nio.file.Path;

public class DebugHits {
    public static void main(String[] args) throws Exception {
        var grid = GridReader.read(Files.readAllBytes(Path.of(args[0])), ReadLimits.DEFAULT);
        var prepared = WorkbookFormReader.prepare(grid);
        var form = WorkbookFormReader.recognise(prepared).orElseThrow();
        Lexicon lex = Lexicon.of(form);
        int order = 0;
        for (SheetView v : prepared.views()) {
            Placement p = new Placement(v, lex, order++);
            for (var h : p.hits) {
                System.out.println(v.name() + "!" + h.cell().a1() + " " + h.term().kind() + " " + h.term().path() + " " + h.score() + " " + h.how() + " [" + h.cell().text().replace("\n", "/") + "]");
            }
        }
    }
}

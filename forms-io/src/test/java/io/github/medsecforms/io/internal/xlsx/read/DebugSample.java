package io.github.medsecforms.io.internal.xlsx.read;

import io.github.medsecforms.io.FormWriter;
import io.github.medsecforms.model.testing.SampleForms;
import java.nio.file.Files;
import java.nio.file.Path;

public class DebugSample {
    public static void main(String[] args) throws Exception {
        byte[] bytes = FormWriter.fill(SampleForms.full(args[0])).bytes();
        Path out = Path.of("/tmp/tpl/" + args[0] + "-full.xlsx");
        Files.write(out, bytes);
        DebugRead.main(new String[] {out.toString(), args.length > 1 ? args[1] : ""});
    }
}

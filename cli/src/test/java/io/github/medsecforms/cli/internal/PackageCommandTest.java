package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medsecforms.cli.Fixtures;
import io.github.medsecforms.model.testing.SampleForms;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageCommandTest {
    @TempDir
    Path dir;

    private Path inspectionFolder() {
        Path pkg = dir.resolve("岡山中央病院");
        Fixtures.write(pkg, "別紙1_提出書類一覧.xlsx", Fixtures.workbook(SampleForms.full("inspection-documents")));
        Fixtures.write(pkg, "1_チェックリスト_医療機関確認用.xlsx", Fixtures.workbook(SampleForms.full("checklist-hospital")));
        Fixtures.write(pkg, "2_チェックリスト_事業者確認用.xlsx", Fixtures.workbook(SampleForms.full("checklist-vendor")));
        Fixtures.write(pkg, "3_チェックリスト_最低限の措置.xlsx", Fixtures.workbook(SampleForms.full("checklist-minimum")));
        Fixtures.write(pkg, "4_機器管理台帳.pdf", new byte[] {'%', 'P', 'D', 'F'});
        Fixtures.write(pkg, "資料/5_連絡体制図.pdf", new byte[] {'%', 'P', 'D', 'F'});
        return pkg;
    }

    @Test
    void a_folder_lists_the_seven_documents_and_each_forms_report() {
        Run run = Run.of("package", inspectionFolder().toString(), "--as-of", "2025-03-31");

        assertThat(run.out()).contains("提出書類一式", "1 チェックリスト（医療機関確認用）: 1_チェックリスト_医療機関確認用.xlsx",
                "4 機器管理台帳: 4_機器管理台帳.pdf", "5 インシデント発生時の連絡体制図: 5_連絡体制図.pdf",
                "(checklist-minimum)");
        assertThat(run.exitCode()).as(run.out()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
    }

    @Test
    void a_zip_is_read_like_the_folder_and_json_is_one_document() throws Exception {
        Path zip = zip(inspectionFolder(), dir.resolve("pkg.zip"));

        Run run = Run.of("package", zip.toString(), "--format", "json", "--as-of", "2025-03-31");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("package").get("forms")).hasSize(4);
        assertThat(json.get("package").get("documents").get("4 機器管理台帳").get(0).asText()).isEqualTo("4_機器管理台帳.pdf");
        assertThat(json.get("unreadable")).isEmpty();
    }

    @Test
    void an_unreadable_workbook_in_the_package_is_reported_with_exit_2() {
        Path pkg = inspectionFolder();
        Fixtures.write(pkg, "6_構成図.xlsx", Fixtures.notAWorkbook());

        Run run = Run.of("package", pkg.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).contains("6_構成図.xlsx: 読み込めません — MSF-IO-1002");
    }

    @Test
    void a_broken_zip_or_a_missing_path_is_a_coded_error() throws IOException {
        Path zip = Files.write(dir.resolve("broken.zip"), new byte[] {'P', 'K', 3, 4, 0, 0});

        Run broken = Run.of("package", zip.toString());
        Run missing = Run.of("package", dir.resolve("nope.zip").toString());

        assertThat(broken.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(broken.err()).contains("MSF-CLI-0010", "broken.zip");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("MSF-CLI-0001");
    }

    private static Path zip(Path folder, Path target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes); var files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
        return Files.write(target, bytes.toByteArray());
    }
}

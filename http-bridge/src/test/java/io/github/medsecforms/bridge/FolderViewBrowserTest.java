package io.github.medsecforms.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.MedsecForms;
import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.internal.list.ListLayout;
import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.Severity;
import io.github.medsecforms.validation.BatchEntry;
import io.github.medsecforms.validation.BatchReport;
import io.github.medsecforms.validation.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page's folder view in a real headless Chromium (issue 13 item 3, issue 15 item 3): twenty workbooks —
 * valid, invalid, unreadable — are chosen at once; every file gets its row with what in-process validation says and
 * the progress finishes; the findings across submissions show; the consolidated list and the zip of annotated copies
 * download from what the page holds and are opened with POI. A screenshot of the view is taken
 * ({@code target/bridge-folder.png}; {@code docs/images/bridge-folder.png} with {@code -Dmedsec.docs.update=true}).
 */
class FolderViewBrowserTest {
    private static final WorkbookChecker CHECKER = MedsecForms.checker(c -> c.asOf(TestBridge.AS_OF));
    private static TestBridge server;
    private static WebDriver driver;
    private static Path profile;
    private static Path downloads;
    private static Path inbox;

    @BeforeAll
    static void start() throws IOException {
        WebPageBrowserTest.requireChromium();
        server = TestBridge.start();
        profile = Files.createTempDirectory("medsec-chromium-profile");
        downloads = Files.createTempDirectory("medsec-chromium-downloads");
        inbox = Files.createTempDirectory("medsec-inbox");
        driver = WebPageBrowserTest.chromium(profile, downloads);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        WebPageBrowserTest.delete(profile, downloads, inbox);
    }

    /** Twenty files a prefecture might collect: fifteen forms (three of one hospital, four with errors), five broken. */
    private static Map<String, byte[]> twentyFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] request = Workbooks.filled("support-request");
        // in the order a folder lists them: valid, invalid and broken files mixed
        files.put("回答.xlsx", request);
        files.put("回線_北病院.xlsx", Workbooks.withErrors());
        files.put("一覧.csv.xlsx", HostileFiles.csv());
        files.put("回答_修正版.xlsx", request);
        files.put("checklist-hospital.xlsx", Workbooks.filled("checklist-hospital"));
        files.put("回線_南病院.xlsx", Workbooks.handFilledWithErrors());
        files.put("壊れた.xlsx", HostileFiles.truncated(request));
        files.put("回答(2).xlsx", request);
        files.put("hospital-selection.xlsx", Workbooks.filled("hospital-selection"));
        files.put("暗号化.xlsx", HostileFiles.encrypted(request));
        files.put("回線_東病院.xlsx", Workbooks.withErrors());
        files.put("backup-vpn-survey.xlsx", Workbooks.filled("backup-vpn-survey"));
        files.put("乱数.xlsx", HostileFiles.randomBytes());
        files.put("offline-backup-intent.xlsx", Workbooks.filled("offline-backup-intent"));
        files.put("回線_西病院.xlsx", Workbooks.handFilledWithErrors());
        files.put("checklist-vendor.xlsx", Workbooks.filled("checklist-vendor"));
        files.put("別の表.xlsx", HostileFiles.notAForm());
        files.put("checklist-minimum.xlsx", Workbooks.filled("checklist-minimum"));
        files.put("inspection-documents.xlsx", Workbooks.filled("inspection-documents"));
        files.put("line-device-survey.xlsx", Workbooks.filled("line-device-survey"));
        assertThat(files).hasSize(20);
        return files;
    }

    /** What in-process validation says of one file: its report, or why it cannot be read. */
    private record Expected(String name, WorkbookChecker.Checked checked, FormIoException unreadable, Instant modified) {
        String state() {
            return unreadable != null ? "unreadable" : checked.report().valid() ? "valid" : "invalid";
        }
    }

    @Test
    void twenty_dropped_workbooks_get_twenty_rows_the_batch_checks_a_list_and_a_zip_of_annotated_copies() throws Exception {
        Map<String, byte[]> files = twentyFiles();
        List<Expected> expected = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        Instant time = Instant.parse("2025-02-01T09:00:00Z");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path path = inbox.resolve(f.getKey());
            Files.write(path, f.getValue());
            time = time.plusSeconds(3600);
            Files.setLastModifiedTime(path, FileTime.from(time));
            paths.add(path.toString());
            try {
                expected.add(new Expected(f.getKey(), CHECKER.readAndCheck(f.getValue(), f.getKey(), Optional.empty()),
                        null, time));
            } catch (FormIoException e) {
                expected.add(new Expected(f.getKey(), null, e, time));
            }
        }
        assertThat(expected).extracting(Expected::state).contains("valid", "invalid", "unreadable");
        List<Expected> read = expected.stream().filter(e -> e.unreadable() == null).toList();
        BatchReport batch = CHECKER.checkBatch(read.stream()
                .map(e -> WorkbookChecker.batchEntry(e.checked().read(), Optional.of(e.modified()))).toList(), List.of());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));

        driver.get(server.bridge.url().toString());
        wait.until(d -> d.findElements(By.cssSelector("#templates a")).size() == FormRegistry.forms().size());
        driver.findElement(By.id("file")).sendKeys(String.join("\n", paths));
        wait.until(d -> d.findElement(By.id("folder")).isDisplayed());
        wait.until(d -> "true".equals(d.findElement(By.id("folder-progress")).getAttribute("data-finished")));

        // the progress finished, the single view stayed away
        assertThat(driver.findElement(By.id("folder-progress")).getAttribute("value")).isEqualTo("20");
        assertThat(driver.findElement(By.id("folder-progress-text")).getText()).isEqualTo("20 / 20 件");
        assertThat(driver.findElement(By.id("result")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("readmap")).isDisplayed()).isFalse();

        // one row per file, each with what in-process validation says
        List<WebElement> rows = driver.findElements(By.cssSelector("#folder-files tbody tr[data-file]"));
        assertThat(rows).hasSize(20);
        Map<String, WebElement> byFile = rows.stream().collect(Collectors.toMap(r -> r.getAttribute("data-file"), r -> r));
        assertThat(byFile.keySet()).isEqualTo(files.keySet());
        for (Expected e : expected) {
            WebElement row = byFile.get(e.name());
            assertThat(row.getAttribute("data-state")).as(e.name()).isEqualTo(e.state());
            if (e.unreadable() != null) {
                assertThat(row.getAttribute("data-code")).as(e.name()).isEqualTo(e.unreadable().code());
                assertThat(row.findElement(By.className("problems")).getText()).as(e.name()).contains(e.unreadable().code());
                continue;
            }
            Report report = e.checked().report();
            assertThat(row.getAttribute("data-form")).isEqualTo(report.formId());
            assertThat(row.findElement(By.className("errors")).getText()).isEqualTo(String.valueOf(report.count(Severity.ERROR)));
            assertThat(row.findElement(By.className("warnings")).getText())
                    .isEqualTo(String.valueOf(report.count(Severity.WARNING)));
            List<String> first = row.findElements(By.cssSelector(".problems li")).stream().map(WebElement::getText).toList();
            assertThat(first).hasSize(Math.min(3, report.findings().size()));
            for (int i = 0; i < first.size(); i++) {
                assertThat(first.get(i)).startsWith(report.findings().get(i).ruleId());
            }
        }

        // the picture of the view for docs/ and the README, before any details are opened
        ((JavascriptExecutor) driver).executeScript("document.getElementById('folder').scrollIntoView()");
        screenshot();

        // a file's details on demand: all its findings
        Expected invalid = expected.stream().filter(e -> e.state().equals("invalid")).findFirst().orElseThrow();
        byFile.get(invalid.name()).findElement(By.cssSelector(".details button")).click();
        List<WebElement> details = driver.findElements(By.cssSelector("#folder-files tr.detail tbody tr"));
        assertThat(details.stream().map(r -> r.getAttribute("data-rule")).toList())
                .isEqualTo(invalid.checked().report().findings().stream().map(f -> f.ruleId()).toList());

        // the batch checks across submissions and its summary (issue 15)
        assertThat(driver.findElement(By.id("folder-batch")).isDisplayed()).isTrue();
        for (BatchReport.FormSummary s : batch.forms()) {
            WebElement row = driver.findElement(By.cssSelector("#batch-summary tr[data-form='" + s.formId() + "']"));
            assertThat(row.findElements(By.tagName("td")).stream().skip(1).map(WebElement::getText).toList())
                    .as(s.formId()).containsExactly(String.valueOf(s.files()), String.valueOf(s.hospitals()),
                            String.valueOf(s.duplicates()), String.valueOf(s.conflicts()));
        }
        assertThat(driver.findElements(By.cssSelector("#batch-summary tbody tr"))).hasSize(batch.forms().size());
        Set<String> shownBatch = new TreeSet<>();
        driver.findElements(By.cssSelector("#batch-findings tbody tr")).forEach(r -> shownBatch.add(
                r.getAttribute("data-rule") + " " + r.findElement(By.className("file")).getText()));
        assertThat(shownBatch).isEqualTo(batch.findings().findings().stream().map(f -> f.ruleId() + " " + f.file())
                .collect(Collectors.toCollection(TreeSet::new)));
        assertThat(shownBatch).contains("BAT-001 回答.xlsx");

        // the consolidated list of the support requests, as import makes it
        driver.findElement(By.cssSelector("#list-downloads button[data-form='support-request']")).click();
        Path list = downloads.resolve(FormRegistry.get("support-request").title().replaceAll("[\\\\/:*?\"<>|]", "_")
                + "_一覧.xlsx");
        wait.until(d -> Files.exists(list) && !Files.exists(Path.of(list + ".crdownload")));
        try (XSSFWorkbook wb = BridgeApiTest.open(Files.readAllBytes(list))) {
            List<List<String>> listRows = BatchApiTest.rows(wb.getSheet("一覧"));
            assertThat(listRows.get(0)).isEqualTo(new ListLayout(FormRegistry.get("support-request"), Locale.JAPANESE)
                    .columns().stream().map(ListLayout.Column::header).toList());
            int file = listRows.get(0).indexOf("ファイル");
            assertThat(listRows.stream().skip(1).map(r -> r.get(file)).toList())
                    .containsExactlyInAnyOrder("回答.xlsx", "回答_修正版.xlsx", "回答(2).xlsx");
            assertThat(BatchApiTest.rows(wb.getSheet("提出間の照合")).stream().skip(1).map(r -> r.get(3)))
                    .containsOnly("BAT-001").hasSize(2);
            List<List<String>> unreadable = BatchApiTest.rows(wb.getSheet("読み込めなかったファイル"));
            assertThat(unreadable.stream().skip(1).map(r -> r.get(0) + " " + r.get(1)).toList())
                    .containsExactlyInAnyOrderElementsOf(expected.stream().filter(e -> e.unreadable() != null)
                            .map(e -> e.name() + " " + e.unreadable().code()).toList());
        }

        // every annotated copy in one zip, as annotate makes them
        driver.findElement(By.id("download-zip")).click();
        Path zip = downloads.resolve("検証結果.zip");
        wait.until(d -> Files.exists(zip) && !Files.exists(Path.of(zip + ".crdownload")));
        Map<String, byte[]> copies = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                copies.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(read.stream()
                .map(e -> e.name().substring(0, e.name().lastIndexOf('.')) + ".検証結果.xlsx").toList());
        for (Expected e : read) {
            byte[] copy = copies.get(e.name().substring(0, e.name().lastIndexOf('.')) + ".検証結果.xlsx");
            try (XSSFWorkbook wb = BridgeApiTest.open(copy)) {
                assertThat(BridgeApiTest.resultRows(wb)).as(e.name())
                        .isEqualTo(BridgeApiTest.rows(e.checked().report(), Locale.JAPANESE));
            }
        }
        assertThat(driver.findElement(By.id("status")).getText()).contains("ZIP でダウンロードしました");
    }

    @Test
    void two_workbooks_dropped_on_the_page_open_the_folder_view_and_one_alone_the_single_view() throws Exception {
        driver.get(server.bridge.url().toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> d.findElements(By.cssSelector("#templates a")).size() == FormRegistry.forms().size());
        String b64 = java.util.Base64.getEncoder().encodeToString(Workbooks.filled("support-request"));
        String drop = "const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));"
                + "const dt = new DataTransfer();"
                + "for (const name of arguments[1]) { dt.items.add(new File([bytes], name)); }"
                + "document.getElementById('drop').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));";

        ((JavascriptExecutor) driver).executeScript(drop, b64, List.of("甲病院.xlsx", "乙病院.xlsx"));
        wait.until(d -> "true".equals(d.findElement(By.id("folder-progress")).getAttribute("data-finished")));
        assertThat(driver.findElements(By.cssSelector("#folder-files tbody tr[data-file]"))
                .stream().map(r -> r.getAttribute("data-state")).toList()).containsExactly("valid", "valid");

        ((JavascriptExecutor) driver).executeScript(drop, b64, List.of("丙病院.xlsx"));
        wait.until(d -> d.findElement(By.id("result")).isDisplayed());
        assertThat(driver.findElement(By.id("folder")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("file-name")).getText()).contains("丙病院.xlsx");
    }

    private static void screenshot() throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Path target = Path.of("target", "bridge-folder.png");
        Files.createDirectories(target.getParent());
        Files.write(target, png);
        if (Boolean.getBoolean("medsec.docs.update")) {
            Path docs = Path.of(System.getProperty("medsec.root.dir", ".."), "docs", "images", "bridge-folder.png");
            Files.createDirectories(docs.getParent());
            Files.write(docs, png);
        }
    }
}

package io.github.medsecforms.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.MedsecForms;
import io.github.medsecforms.WorkbookChecker;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.validation.Report;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real headless Chromium (Debian's {@code chromium} and {@code chromedriver}, never a downloaded
 * one): a workbook with known errors is picked, the findings table shows the rows of in-process validation, the
 * annotated workbook downloads, and a screenshot is taken ({@code target/bridge-web.png}; copied to
 * {@code docs/images/bridge-web.png} with {@code -Dmedsec.docs.update=true}); a dropped workbook shows the
 * 「読み取り結果」 map ({@code target/bridge-readmap.png}, {@code docs/images/bridge-readmap.png}).
 *
 * <p>Without Chromium the test fails on CI ({@code CI=true}) and is skipped elsewhere, saying how to install it.</p>
 */
class WebPageBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static TestBridge server;
    private static WebDriver driver;
    private static Path profile;
    private static Path downloads;

    @BeforeAll
    static void start() throws IOException {
        requireChromium();
        server = TestBridge.start();
        profile = Files.createTempDirectory("medsec-chromium-profile");
        downloads = Files.createTempDirectory("medsec-chromium-downloads");
        driver = chromium(profile, downloads);
    }

    /** Fails on CI and skips elsewhere when Debian's Chromium and its driver are not installed. */
    static void requireChromium() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + " — required on CI (.ci/run installs them)");
            }
            Assumptions.abort(message + " — browser test skipped");
        }
    }

    /** A headless Chromium with its own profile, saving downloads to {@code downloads} without asking. */
    static WebDriver chromium(Path profile, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1500", "--lang=ja");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        // several downloads from one page (the list, then the zip) without asking
        prefs.put("profile.default_content_setting_values.automatic_downloads", 1);
        options.setExperimentalOption("prefs", prefs);
        // the local driver, given explicitly: Selenium Manager never runs (and SE_OFFLINE forbids downloads)
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        delete(profile, downloads);
    }

    static void delete(Path... dirs) throws IOException {
        for (Path dir : dirs) {
            if (dir != null && Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    @Test
    void a_workbook_with_errors_shows_its_findings_downloads_annotated_and_is_pictured() throws Exception {
        byte[] workbook = Workbooks.handFilledWithErrors();
        Path file = downloads.resolve("回線・機器情報等記入.xlsx");
        Files.write(file, workbook);
        Report expected = MedsecForms.checker(c -> c.asOf(TestBridge.AS_OF))
                .readAndCheck(workbook, file.getFileName().toString(), Optional.empty()).report();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));

        driver.get(server.bridge.url().toString());
        assertThat(driver.getTitle()).isEqualTo("medsec-forms 様式チェック");
        wait.until(d -> d.findElements(By.cssSelector("#templates a")).size() == FormRegistry.forms().size());

        driver.findElement(By.id("file")).sendKeys(file.toString());
        wait.until(d -> d.findElement(By.id("result")).isDisplayed()
                && !d.findElements(By.cssSelector("#findings tbody tr")).isEmpty());

        List<List<String>> shown = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#findings tbody tr"))) {
            shown.add(row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        }
        List<List<String>> wanted = BridgeApiTest.rows(expected, Locale.JAPANESE).stream()
                .map(r -> List.of(r.severity(), r.sheet().isEmpty() ? "" : r.sheet() + "!" + r.cell(), r.ruleId(), r.message()))
                .toList();
        assertThat(shown).hasSameSizeAs(wanted);
        for (int i = 0; i < wanted.size(); i++) {
            assertThat(shown.get(i).get(0)).isEqualTo(wanted.get(i).get(0));
            if (!wanted.get(i).get(1).isEmpty()) {
                assertThat(shown.get(i).get(1)).isEqualTo(wanted.get(i).get(1));
            }
            assertThat(shown.get(i).get(2)).isEqualTo(wanted.get(i).get(2));
            assertThat(shown.get(i).get(3)).isEqualTo(wanted.get(i).get(3).strip());
        }
        String ipCell = expected.findings().stream().filter(f -> f.ruleId().equals("MSF-FLD-0001")).findFirst()
                .orElseThrow().location();
        assertThat(driver.findElement(By.cssSelector("#findings tr[data-rule='MSF-FLD-0001']")).getAttribute("data-location"))
                .isEqualTo(ipCell);
        assertThat(driver.findElements(By.cssSelector("#findings tr[data-rule='LDS-005']"))).hasSize(1);
        assertThat(shown).extracting(row -> row.get(2))
                .containsExactly("MSF-FLD-0001", "LDS-004", "LDS-005", "LDS-010", "LDS-012");
        assertThat(driver.findElement(By.id("count-error")).getText())
                .isEqualTo(String.valueOf(expected.count(io.github.medsecforms.model.Severity.ERROR)));
        assertThat(driver.findElement(By.id("summary")).getText()).contains("エラーがあります");
        assertThat(driver.findElement(By.id("folder")).isDisplayed()).as("one workbook keeps the single view").isFalse();

        screenshot();

        driver.findElement(By.id("download")).click();
        Path annotated = downloads.resolve("回線・機器情報等記入_検証結果.xlsx");
        wait.until(d -> Files.exists(annotated) && !Files.exists(Path.of(annotated + ".crdownload")));
        try (XSSFWorkbook copy = BridgeApiTest.open(Files.readAllBytes(annotated))) {
            assertThat(BridgeApiTest.resultRows(copy)).isEqualTo(BridgeApiTest.rows(expected, Locale.JAPANESE));
        }
        assertThat(driver.findElement(By.id("status")).getText()).contains("ダウンロードしました");
    }

    @Test
    void a_blank_template_downloads_from_the_list_under_its_japanese_name() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(server.bridge.url().toString());
        wait.until(d -> d.findElements(By.cssSelector("#templates a")).size() == FormRegistry.forms().size());

        driver.findElement(By.cssSelector("#templates a[data-form='support-request']")).click();

        String title = FormRegistry.get("support-request").title();
        Path template = downloads.resolve(title.replaceAll("[\\\\/:*?\"<>|]", "_") + ".xlsx");
        wait.until(d -> Files.exists(template) && !Files.exists(Path.of(template + ".crdownload")));
        assertThat(template).isNotEmptyFile();
    }

    @Test
    void a_dropped_workbook_shows_the_map_of_what_was_read_where_and_how_and_the_text_not_read() throws Exception {
        byte[] workbook = ReadApiTest.withNote(Workbooks.filled("support-request"));
        Path file = downloads.resolve("支援の希望調査.xlsx");
        Files.write(file, workbook);
        io.github.medsecforms.xlsx.ReadExplanation expected = io.github.medsecforms.xlsx.FormReader.create()
                .explain(workbook, file.getFileName().toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(server.bridge.url().toString());
        wait.until(d -> d.findElements(By.cssSelector("#templates a")).size() == FormRegistry.forms().size());
        assertThat(driver.findElement(By.id("readmap")).isDisplayed()).isFalse();

        driver.findElement(By.id("file")).sendKeys(file.toString());
        wait.until(d -> d.findElement(By.id("readmap")).isDisplayed()
                && !d.findElements(By.cssSelector("#readmap-placed tbody tr")).isEmpty());

        assertThat(driver.findElement(By.cssSelector("#readmap h2")).getText()).contains("読み取り結果", "支援の希望調査.xlsx");
        List<List<String>> shown = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#readmap-placed tbody tr"))) {
            shown.add(row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        }
        List<List<String>> wanted = expected.placed().stream()
                .map(p -> List.of(p.label(), p.value().strip(), p.location(), p.how())).toList();
        assertThat(shown).hasSameSizeAs(wanted);
        for (int i = 0; i < wanted.size(); i++) {
            assertThat(shown.get(i).get(0)).isEqualTo(wanted.get(i).get(0));
            assertThat(shown.get(i).get(1).replaceAll("\\s+", " ")).isEqualTo(wanted.get(i).get(1).replaceAll("\\s+", " "));
            assertThat(shown.get(i).get(2)).isEqualTo(wanted.get(i).get(2));
            assertThat(shown.get(i).get(3)).isEqualTo(wanted.get(i).get(3));
        }
        assertThat(driver.findElement(By.id("readmap-count")).getText()).isEqualTo(String.valueOf(wanted.size()));
        String hospital = expected.placed().stream().filter(p -> p.path().equals("hospitalName")).findFirst()
                .orElseThrow().location();
        assertThat(driver.findElement(By.cssSelector("#readmap-placed tr[data-path='hospitalName']"))
                .getAttribute("data-location")).isEqualTo(hospital);
        List<WebElement> unread = driver.findElements(By.cssSelector("#readmap-unread tbody tr"));
        assertThat(unread).singleElement().satisfies(row -> assertThat(row.getText())
                .contains(expected.unread().get(0).location(), ReadApiTest.NOTE));
        assertThat(driver.findElement(By.id("readmap-unread-count")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.id("readmap-none")).isDisplayed()).isFalse();

        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('readmap').scrollIntoView()");
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "bridge-readmap.png"), png);
        if (Boolean.getBoolean("medsec.docs.update")) {
            Path docs = Path.of(System.getProperty("medsec.root.dir", ".."), "docs", "images", "bridge-readmap.png");
            Files.createDirectories(docs.getParent());
            Files.write(docs, png);
        }
    }

    @Test
    void a_layout_profile_chosen_on_the_page_is_used_for_the_findings_and_the_map() throws Exception {
        byte[] workbook = io.github.medsecforms.xlsx.testing.ProfileWorkbooks.example();
        Path file = downloads.resolve("県独自の回答様式.xlsx");
        Files.write(file, workbook);
        Path yaml = Path.of(System.getProperty("medsec.root.dir", "..")).resolve("docs/profiles/support-request-example.yaml")
                .toAbsolutePath();
        Report expected = MedsecForms.checker(c -> c.asOf(TestBridge.AS_OF)
                        .profile(io.github.medsecforms.json.LayoutProfiles.read(yaml)))
                .readAndCheck(workbook, file.getFileName().toString(), Optional.empty()).report();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(server.bridge.url().toString());
        wait.until(d -> d.findElements(By.cssSelector("#templates a")).size() == FormRegistry.forms().size());

        driver.findElement(By.id("profile")).sendKeys(yaml.toString());
        driver.findElement(By.id("file")).sendKeys(file.toString());
        wait.until(d -> !d.findElements(By.cssSelector("#readmap-placed tr[data-path='phoneNumber']")).isEmpty()
                && d.findElement(By.id("result")).isDisplayed()
                && d.findElement(By.id("status")).getText().contains("検証しました"));

        WebElement phone = driver.findElement(By.cssSelector("#readmap-placed tr[data-path='phoneNumber']"));
        assertThat(phone.getAttribute("data-location")).isEqualTo("回答!D12");
        assertThat(phone.findElement(By.className("how")).getText()).startsWith("layout profile cell");
        assertThat(driver.findElement(By.cssSelector("#readmap-placed tr[data-path='hospitalCode'] .how")).getText())
                .startsWith("layout profile label");
        assertThat(driver.findElements(By.cssSelector("#findings tbody tr"))).hasSize(expected.findings().size());
        assertThat(driver.findElement(By.id("count-error")).getText())
                .isEqualTo(String.valueOf(expected.count(io.github.medsecforms.model.Severity.ERROR)));
    }

    @Test
    void a_correct_support_request_prints_as_the_fax_ready_pdf_from_the_page() throws Exception {
        byte[] workbook = Workbooks.filled("support-request");
        Path file = downloads.resolve("支援希望_FAX用.xlsx");
        Files.write(file, workbook);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(server.bridge.url().toString());
        wait.until(d -> d.findElements(By.cssSelector("#templates a")).size() == FormRegistry.forms().size());
        assertThat(driver.findElement(By.id("fax-pdf")).isDisplayed()).isFalse();

        driver.findElement(By.id("file")).sendKeys(file.toString());
        wait.until(d -> d.findElement(By.id("fax-pdf")).isDisplayed() && d.findElement(By.id("fax-pdf")).isEnabled());
        driver.findElement(By.id("fax-pdf")).click();

        Path pdf = downloads.resolve(FormRegistry.get("support-request").title().replaceAll("[\\\\/:*?\"<>|]", "_") + ".pdf");
        wait.until(d -> Files.exists(pdf) && !Files.exists(Path.of(pdf + ".crdownload")));
        try (var document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains(io.github.medsecforms.model.testing.SampleForms.supportRequest().hospitalName());
        }
        assertThat(driver.findElement(By.id("status")).getText()).contains("FAX用のPDFをダウンロードしました");
        Files.delete(pdf);
    }

    @Test
    void a_form_with_errors_prints_only_after_the_user_confirms() throws Exception {
        byte[] workbook = Workbooks.filled(io.github.medsecforms.model.testing.Mutate.set(
                io.github.medsecforms.model.testing.SampleForms.supportRequest(), "contact2",
                io.github.medsecforms.model.supportrequest.SupportContact.EMPTY));
        Path file = downloads.resolve("支援希望_エラーあり.xlsx");
        Files.write(file, workbook);
        Path pdf = downloads.resolve(FormRegistry.get("support-request").title().replaceAll("[\\\\/:*?\"<>|]", "_") + ".pdf");
        Files.deleteIfExists(pdf);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(server.bridge.url().toString());
        wait.until(d -> d.findElements(By.cssSelector("#templates a")).size() == FormRegistry.forms().size());
        driver.findElement(By.id("file")).sendKeys(file.toString());
        wait.until(d -> d.findElement(By.id("fax-pdf")).isEnabled() && d.findElement(By.id("summary")).getText().contains("エラーがあります"));

        driver.findElement(By.id("fax-pdf")).click();
        var refusal = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
        assertThat(refusal.getText()).contains("検証エラー").contains("件あります");
        refusal.dismiss();
        wait.until(d -> d.findElement(By.id("status")).getText().contains("FAX用のPDFは作りませんでした"));
        assertThat(pdf).doesNotExist();

        driver.findElement(By.id("fax-pdf")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent()).accept();
        wait.until(d -> Files.exists(pdf) && !Files.exists(Path.of(pdf + ".crdownload")));
        assertThat(pdf).isNotEmptyFile();
        Files.delete(pdf);
    }

    @Test
    void a_form_without_a_fax_layout_offers_no_fax_button() throws Exception {
        Path file = downloads.resolve("回線・機器_FAXなし.xlsx");
        Files.write(file, Workbooks.handFilledWithErrors());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(server.bridge.url().toString());
        wait.until(d -> d.findElements(By.cssSelector("#templates a")).size() == FormRegistry.forms().size());
        driver.findElement(By.id("file")).sendKeys(file.toString());
        wait.until(d -> d.findElement(By.id("result")).isDisplayed() && d.findElement(By.id("download")).isEnabled());
        assertThat(driver.findElement(By.id("fax-pdf")).isDisplayed()).isFalse();
    }

    private static void screenshot() throws IOException {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Path target = Path.of("target", "bridge-web.png");
        Files.createDirectories(target.getParent());
        Files.write(target, png);
        if (Boolean.getBoolean("medsec.docs.update")) {
            Path docs = Path.of(System.getProperty("medsec.root.dir", ".."), "docs", "images", "bridge-web.png");
            Files.createDirectories(docs.getParent());
            Files.write(docs, png);
        }
    }
}

package io.github.medsecforms.arch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that every rule of {@link MedsecArchitecture} fails when broken: the very same rule objects that guard the
 * production code are applied to {@code io.github.medsecforms.archfixture}, deliberately broken classes in this
 * module's test sources. Each test also names a fixture the rule must tolerate, so a rule cannot pass these tests by
 * simply flagging everything.
 */
class BrokenFixturesTest {

    static final String FIXTURES = "io.github.medsecforms.archfixture";

    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURES);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertBroken(ArchRule rule) {
        return assertThatThrownBy(() -> rule.check(fixtures)).isInstanceOf(AssertionError.class);
    }

    private static String report(ArchRule rule) {
        EvaluationResult result = rule.evaluate(fixtures);
        assertThat(result.hasViolation()).as("rule %s must be violated", rule.getDescription()).isTrue();
        return result.getFailureReport().toString();
    }

    // ---------------------------------------------------------------- 1

    @Test
    void a_model_class_using_poi_or_jackson_breaks_the_purity_rule() {
        ArchRule rule = MedsecArchitecture.modelIsPure(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining("model is pure")
                .hasMessageContaining(FIXTURES + ".model.BadModel")
                .hasMessageContaining("org.apache.poi.ss.usermodel.Workbook")
                .hasMessageContaining("com.fasterxml.jackson.databind.ObjectMapper");
        // the model's own sub-packages, java.. and its records are fine
        assertThat(report(rule)).doesNotContain("Class <" + FIXTURES + ".model.a.A>");
    }

    // ---------------------------------------------------------------- 2 + 3

    @Test
    void siblings_using_each_other_break_the_sibling_rule() {
        ArchRule rule = MedsecArchitecture.siblingsAreIndependent(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining(FIXTURES + ".xlsx.UsesValidation")
                .hasMessageContaining(FIXTURES + ".validation.Checker")
                .hasMessageContaining(FIXTURES + ".json.ReadsWorkbooks")
                .hasMessageContaining(FIXTURES + ".xlsx.FormReader");
        // the front door may compose xlsx and validation
        assertThat(report(rule)).doesNotContain("<" + FIXTURES + ".FrontDoor");
    }

    @Test
    void a_module_depending_on_one_above_it_breaks_the_layering() {
        ArchRule rule = MedsecArchitecture.modulesAreLayered(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining(FIXTURES + ".xlsx.CallsBridge")
                .hasMessageContaining(FIXTURES + ".xlsx.CallsFrontDoor")
                .hasMessageContaining(FIXTURES + ".bridge.UsesCli")
                .hasMessageContaining(FIXTURES + ".xlsx.UsesValidation");
        // the CLI composing the bridge, and the front door composing xlsx and validation, are the intended directions
        assertThat(report(rule)).doesNotContain("Method <" + FIXTURES + ".cli.Main.main")
                .doesNotContain("Method <" + FIXTURES + ".FrontDoor.check");
    }

    // ---------------------------------------------------------------- 4

    @Test
    void poi_outside_forms_xlsx_internals_breaks_the_poi_rule() {
        ArchRule rule = MedsecArchitecture.poiOnlyInXlsxInternals(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining("POI types never leave")
                .hasMessageContaining(FIXTURES + ".xlsx.WorkbookApi")
                .hasMessageContaining(FIXTURES + ".model.BadModel");
        assertThat(report(rule)).doesNotContain(FIXTURES + ".xlsx.internal.PoiSheets");
    }

    @Test
    void a_public_api_method_returning_a_poi_type_breaks_the_poi_exposure_rule() {
        ArchRule rule = MedsecArchitecture.publicApiDoesNotExposePoi(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining(FIXTURES + ".xlsx.WorkbookApi exposes method open() returns "
                        + "org.apache.poi.xssf.usermodel.XSSFWorkbook");
        // public, but internal: not API
        assertThat(report(rule)).doesNotContain("PoiSheets");
    }

    @Test
    void woodstox_outside_forms_xlsx_internals_breaks_the_woodstox_rule() {
        ArchRule rule = MedsecArchitecture.woodstoxOnlyInXlsxInternals(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining("Woodstox is the cell grid's parser")
                .hasMessageContaining(FIXTURES + ".validation.ParsesXml")
                .hasMessageContaining("com.ctc.wstx.stax.WstxInputFactory");
        assertThat(report(rule)).doesNotContain("PoiSheets").doesNotContain("ReportJson");
    }

    @Test
    void pdfbox_outside_forms_pdf_internals_breaks_the_pdfbox_rule() {
        ArchRule rule = MedsecArchitecture.pdfboxOnlyInPdfInternals(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining(FIXTURES + ".pdf.PdfApi")
                .hasMessageContaining("org.apache.pdfbox.pdmodel.PDDocument");
        assertThat(report(rule)).doesNotContain("PdfCanvas");
    }

    @Test
    void zxing_outside_forms_pdf_internals_breaks_the_zxing_rule() {
        ArchRule rule = MedsecArchitecture.zxingOnlyInPdfInternals(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining("ZXing never leaves forms-pdf's internals")
                .hasMessageContaining(FIXTURES + ".pdf.QrApi")
                .hasMessageContaining("com.google.zxing.Result")
                .hasMessageContaining("com.google.zxing.qrcode.QRCodeWriter");
        assertThat(report(rule)).doesNotContain("QrFinder").doesNotContain("QrDrawing");
    }

    @Test
    void a_public_api_handing_out_a_zxing_type_breaks_the_library_exposure_rule() {
        ArchRule rule = MedsecArchitecture.publicApiDoesNotExposeLibraries(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining(FIXTURES + ".pdf.QrApi exposes method first() returns "
                        + "com.google.zxing.Result");
        assertThat(report(rule)).doesNotContain("QrFinder");
    }

    @Test
    void jackson_outside_forms_json_internals_breaks_the_jackson_rule_except_for_the_report_and_the_bridge() {
        ArchRule rule = MedsecArchitecture.jacksonOnlyInJsonInternals(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining(FIXTURES + ".json.JsonApi")
                .hasMessageContaining(FIXTURES + ".model.BadModel")
                .hasMessageContaining("com.fasterxml.jackson.databind.ObjectMapper");
        // json.internal, the report's JSON (validation.internal), the bridge's API JSON and the CLI's output
        assertThat(report(rule)).doesNotContain("JacksonCodec").doesNotContain("ReportJson").doesNotContain("ApiJson");
    }

    @Test
    void hibernate_validator_outside_validation_internals_breaks_its_rule() {
        ArchRule rule = MedsecArchitecture.hibernateValidatorOnlyInValidationInternals(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining(FIXTURES + ".validation.ParsesXml")
                .hasMessageContaining("org.hibernate.validator.HibernateValidator");
        assertThat(report(rule)).doesNotContain("ReportJson");
    }

    @Test
    void a_public_api_handing_out_a_pdfbox_or_jackson_type_breaks_the_library_exposure_rule() {
        ArchRule rule = MedsecArchitecture.publicApiDoesNotExposeLibraries(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining(FIXTURES + ".pdf.PdfApi exposes method document() returns "
                        + "org.apache.pdfbox.pdmodel.PDDocument")
                .hasMessageContaining(FIXTURES + ".json.JsonApi exposes method mapper() returns "
                        + "com.fasterxml.jackson.databind.ObjectMapper");
        // public, but internal: not API
        assertThat(report(rule)).doesNotContain("PdfCanvas").doesNotContain("JacksonCodec");
    }

    // ---------------------------------------------------------------- 5

    @Test
    void javalin_outside_the_bridge_breaks_the_javalin_rule() {
        ArchRule rule = MedsecArchitecture.javalinOnlyInTheBridge(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining(FIXTURES + ".cli.ServeCommand")
                .hasMessageContaining("io.javalin.Javalin");
        assertThat(report(rule)).doesNotContain("<" + FIXTURES + ".bridge.");
    }

    @Test
    void a_bridge_public_api_exposing_javalin_or_jetty_breaks_the_wrapping_rule() {
        ArchRule rule = MedsecArchitecture.publicApiDoesNotExposeJavalin(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining(FIXTURES + ".bridge.FormsBridge exposes method app() returns io.javalin.Javalin")
                .hasMessageContaining(FIXTURES + ".bridge.FormsBridge exposes method tune() takes "
                        + "org.eclipse.jetty.server.Server");
        assertThat(report(rule)).doesNotContain("JavalinServer");
    }

    // ---------------------------------------------------------------- 6

    @Test
    void another_module_using_a_model_internal_class_breaks_the_internal_rule() {
        ArchRule rule = MedsecArchitecture.internalPackagesAreUsedOnlyInTheirModule(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining("module 'validation' uses internals of module 'model'")
                .hasMessageContaining(FIXTURES + ".validation.PeeksIntoModelInternals");
        // same module: the model's own API class and the bridge using bridge.internal are fine
        assertThat(report(rule)).doesNotContain("PublicApi").doesNotContain("FormsBridge");
    }

    @Test
    void an_internal_package_shared_with_a_module_may_be_used_by_that_module_only() {
        ArchRule sharedWithValidation = MedsecArchitecture.internalPackagesAreUsedOnlyInTheirModule(FIXTURES,
                Map.of("model.internal", Set.of("validation")));
        ArchRule sharedWithXlsx = MedsecArchitecture.internalPackagesAreUsedOnlyInTheirModule(FIXTURES,
                Map.of("model.internal", Set.of("xlsx")));

        assertThat(sharedWithValidation.evaluate(fixtures).hasViolation()).isFalse();
        assertBroken(sharedWithXlsx).hasMessageContaining(FIXTURES + ".validation.PeeksIntoModelInternals");
    }

    @Test
    void a_public_api_method_returning_an_internal_type_breaks_the_internal_exposure_rule() {
        ArchRule rule = MedsecArchitecture.publicApiDoesNotExposeInternalTypes(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining(FIXTURES + ".model.PublicApi exposes method hidden() returns "
                        + FIXTURES + ".model.internal.Hidden");
        // FormsBridge uses bridge.internal.JavalinServer only in its body, not in a signature
        assertThat(report(rule)).doesNotContain("FormsBridge");
    }

    // ---------------------------------------------------------------- 7

    @Test
    void two_model_packages_using_each_other_break_the_model_cycle_rule() {
        ArchRule rule = MedsecArchitecture.modelPackagesAreFreeOfCycles(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("model package a")
                .hasMessageContaining("model package b");
        // the root hub (Registry -> a, b; a, b -> Form) is deliberately not a slice
        assertThat(report(rule)).doesNotContain("Registry").doesNotContain("internal");
    }

    @Test
    void modules_using_each_other_break_the_module_cycle_rule() {
        assertBroken(MedsecArchitecture.modulesAreFreeOfCycles(FIXTURES))
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("module xlsx")
                .hasMessageContaining("module validation")
                .hasMessageContaining("module bridge")
                .hasMessageContaining("module cli");
    }

    // ---------------------------------------------------------------- 8

    @Test
    void a_package_without_package_info_breaks_the_documentation_rule() {
        ArchRule rule = MedsecArchitecture.everyPackageHasPackageInfo(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining("package " + FIXTURES + ".undocumented has no package-info.java");
        assertThat(report(rule)).doesNotContain("package " + FIXTURES + ".model has no");
    }

    @Test
    void the_package_info_rule_also_accepts_a_package_info_source_that_javac_did_not_compile() {
        // what the rule falls back on when an IDE's javac skipped an annotation-free package-info.java
        assertThat(MedsecArchitecture.packageInfoSourceExists("io.github.medsecforms.model.value")).isTrue();
        assertThat(MedsecArchitecture.packageInfoSourceExists(FIXTURES + ".undocumented")).isFalse();
    }

    // ---------------------------------------------------------------- 9

    @Test
    void library_code_printing_to_system_out_breaks_the_no_printing_rule() {
        ArchRule rule = MedsecArchitecture.libraryCodeDoesNotPrint(FIXTURES);
        assertBroken(rule)
                .hasMessageContaining(FIXTURES + ".xlsx.Chatty")
                .hasMessageContaining("System.out")
                .hasMessageContaining("printStackTrace");
        assertThat(report(rule)).doesNotContain(FIXTURES + ".cli.Main");
    }
}

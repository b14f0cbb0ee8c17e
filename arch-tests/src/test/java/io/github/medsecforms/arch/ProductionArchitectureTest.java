package io.github.medsecforms.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The developers' guide's architecture rules, checked against the production classes of every module (test classes,
 * including the broken fixtures of this module, are not imported).
 */
@AnalyzeClasses(packages = ProductionArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ProductionArchitectureTest {

    static final String ROOT = "io.github.medsecforms";

    @ArchTest
    static final ArchRule model_depends_only_on_the_jdk_and_jakarta_validation =
            MedsecArchitecture.modelIsPure(ROOT);

    @ArchTest
    static final ArchRule forms_xlsx_json_pdf_and_validation_do_not_depend_on_each_other =
            MedsecArchitecture.siblingsAreIndependent(ROOT);

    @ArchTest
    static final ArchRule the_front_door_composes_xlsx_and_validation_the_bridge_and_the_cli_compose_the_rest =
            MedsecArchitecture.modulesAreLayered(ROOT);

    @ArchTest
    static final ArchRule poi_is_used_only_in_forms_xlsx_internals =
            MedsecArchitecture.poiOnlyInXlsxInternals(ROOT);

    @ArchTest
    static final ArchRule no_public_api_signature_exposes_poi =
            MedsecArchitecture.publicApiDoesNotExposePoi(ROOT);

    @ArchTest
    static final ArchRule woodstox_is_used_only_in_forms_xlsx_internals =
            MedsecArchitecture.woodstoxOnlyInXlsxInternals(ROOT);

    @ArchTest
    static final ArchRule pdfbox_is_used_only_in_forms_pdf_internals =
            MedsecArchitecture.pdfboxOnlyInPdfInternals(ROOT);

    @ArchTest
    static final ArchRule zxing_is_used_only_in_forms_pdf_internals =
            MedsecArchitecture.zxingOnlyInPdfInternals(ROOT);

    @ArchTest
    static final ArchRule jackson_is_used_only_in_forms_json_internals_and_for_now_the_report_and_bridge_json =
            MedsecArchitecture.jacksonOnlyInJsonInternals(ROOT);

    @ArchTest
    static final ArchRule hibernate_validator_is_used_only_in_validation_internals =
            MedsecArchitecture.hibernateValidatorOnlyInValidationInternals(ROOT);

    @ArchTest
    static final ArchRule no_public_api_signature_exposes_woodstox_pdfbox_jackson_or_hibernate_validator =
            MedsecArchitecture.publicApiDoesNotExposeLibraries(ROOT);

    @ArchTest
    static final ArchRule javalin_and_jetty_are_used_only_in_the_bridge =
            MedsecArchitecture.javalinOnlyInTheBridge(ROOT);

    @ArchTest
    static final ArchRule no_public_api_signature_exposes_javalin_or_jetty =
            MedsecArchitecture.publicApiDoesNotExposeJavalin(ROOT);

    @ArchTest
    static final ArchRule internal_packages_are_used_only_inside_their_own_module =
            MedsecArchitecture.internalPackagesAreUsedOnlyInTheirModule(ROOT, MedsecArchitecture.SHARED_INTERNALS);

    @ArchTest
    static final ArchRule no_public_api_signature_exposes_an_internal_type =
            MedsecArchitecture.publicApiDoesNotExposeInternalTypes(ROOT);

    @ArchTest
    static final ArchRule modules_are_free_of_cycles =
            MedsecArchitecture.modulesAreFreeOfCycles(ROOT);

    @ArchTest
    static final ArchRule model_packages_are_free_of_cycles =
            MedsecArchitecture.modelPackagesAreFreeOfCycles(ROOT);

    @ArchTest
    static final ArchRule every_package_has_a_package_info =
            MedsecArchitecture.everyPackageHasPackageInfo(ROOT);

    @ArchTest
    static final ArchRule library_code_does_not_print_outside_the_cli =
            MedsecArchitecture.libraryCodeDoesNotPrint(ROOT);
}

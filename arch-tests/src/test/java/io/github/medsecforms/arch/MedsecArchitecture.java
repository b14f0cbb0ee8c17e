package io.github.medsecforms.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The architecture rules of the developers' guide, written once and parameterised by the package root.
 *
 * <p>{@link ProductionArchitectureTest} applies them to {@code io.github.medsecforms} (the production classes);
 * {@link BrokenFixturesTest} applies the very same rule objects to {@code io.github.medsecforms.archfixture}, a set of
 * deliberately broken classes in this module's test sources that mimic the module layout, to prove every rule
 * actually fails when it is broken.
 *
 * <p>Module = first package segment below the root: {@code model} (forms-model), {@code xlsx} (forms-xlsx),
 * {@code json} (forms-json), {@code pdf} (forms-pdf), {@code validation}, {@code bridge} (http-bridge) and
 * {@code cli}; the root package itself is the front door (module medsec-forms, {@code MedsecForms}).
 * {@code docs/architecture.md} draws the same picture.
 *
 * <p>About {@code allowEmptyShould(true)} and optional layers: a rule whose "that" clause selects classes of one
 * module selects nothing when that module has no classes (in the fixtures, or while a module is being built up);
 * that is no violation, so those rules tolerate an empty selection; the fixture tests prove that each of them is
 * not vacuous once there are classes to check.
 */
final class MedsecArchitecture {

    static final String[] POI = {"org.apache.poi..", "org.openxmlformats..", "org.apache.xmlbeans.."};
    static final String[] WOODSTOX = {"com.ctc.wstx..", "org.codehaus.stax2.."};
    static final String[] PDFBOX = {"org.apache.pdfbox..", "org.apache.fontbox.."};
    static final String[] ZXING = {"com.google.zxing.."};
    static final String[] JACKSON = {"com.fasterxml.jackson..", "com.github.victools..", "jakarta.xml.bind.."};
    static final String[] HIBERNATE_VALIDATOR = {"org.hibernate.validator.."};
    static final String[] JAVALIN_AND_JETTY = {"io.javalin..", "org.eclipse.jetty.."};

    /** The modules on top of the model that must not know each other (each holds its own third-party stack). */
    static final List<String> SIBLINGS = List.of("xlsx", "json", "pdf", "validation");

    /**
     * Internal packages shared with other modules, as their module-info exports them (qualified exports;
     * {@code ModuleDescriptorsTest} checks that the two agree): the codes and messages of {@code MSF-IO-nnnn} and the
     * cell text that forms-xlsx, forms-json and forms-pdf all need; the report's JSON writer, which the bridge and the
     * command line use to write a report into their own answers (issue 12, item 4: rendered once); the front door's
     * consolidated list, which {@code import} writes and the bridge's folder view downloads (issue 13, item 3: one
     * workbook, made once). The command line
     * is an application on the class path, without a descriptor: {@link #APPLICATIONS}.
     */
    static final Map<String, Set<String>> SHARED_INTERNALS = Map.of(
            "model.internal.io", Set.of("xlsx", "json", "pdf"),
            "validation.internal.json", Set.of("bridge", "cli"),
            "internal.list", Set.of("bridge", "cli"));

    /** Modules below the root that are applications on the class path, with no module descriptor. */
    static final Set<String> APPLICATIONS = Set.of("cli");

    private MedsecArchitecture() {
    }

    // ---------------------------------------------------------------- 1. the model is pure

    /** Rule 1: forms-model depends on nothing but the JDK, Jakarta Bean Validation (annotations) and itself. */
    static ArchRule modelIsPure(String root) {
        return classes().that().resideInAPackage(root + ".model..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "jakarta.validation..", root + ".model..")
                .because("the model is pure: records, value types and constraint annotations only (rule 1)");
    }

    // ---------------------------------------------------------------- 2 + 3. layering between modules

    /** Rule 2: forms-xlsx, forms-json, forms-pdf and validation all build on the model and never on each other. */
    static ArchRule siblingsAreIndependent(String root) {
        List<ArchRule> rules = new ArrayList<>();
        for (String module : SIBLINGS) {
            String[] others = SIBLINGS.stream().filter(m -> !m.equals(module)).map(m -> root + "." + m + "..")
                    .toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(root + "." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules)
                .because("forms-xlsx, forms-json, forms-pdf and validation are siblings on top of the model, each "
                        + "with its own libraries, so a user takes only what they need (rule 2)");
    }

    /**
     * Rules 2 and 3 as one layered architecture: model &lt; xlsx, json, pdf, validation &lt; the front door &lt;
     * bridge &lt; cli. The front door composes reading and validation; the bridge and the command line use the front
     * door and add JSON and PDF. Only dependencies between our own layers are considered (the JDK and libraries are
     * rules 1, 4 and 5).
     */
    static ArchRule modulesAreLayered(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Model").definedBy(root + ".model..")
                .optionalLayer("Xlsx").definedBy(root + ".xlsx..")
                .optionalLayer("Json").definedBy(root + ".json..")
                .optionalLayer("Pdf").definedBy(root + ".pdf..")
                .optionalLayer("Validation").definedBy(root + ".validation..")
                // the root package itself, not its sub-packages
                .optionalLayer("FrontDoor").definedBy(root)
                .optionalLayer("Bridge").definedBy(root + ".bridge..")
                .optionalLayer("CLI").definedBy(root + ".cli..")
                .whereLayer("Xlsx").mayOnlyBeAccessedByLayers("FrontDoor", "Bridge", "CLI")
                .whereLayer("Validation").mayOnlyBeAccessedByLayers("FrontDoor", "Bridge", "CLI")
                .whereLayer("Json").mayOnlyBeAccessedByLayers("Bridge", "CLI")
                .whereLayer("Pdf").mayOnlyBeAccessedByLayers("Bridge", "CLI")
                .whereLayer("FrontDoor").mayOnlyBeAccessedByLayers("Bridge", "CLI")
                .whereLayer("Bridge").mayOnlyBeAccessedByLayers("CLI")
                .whereLayer("CLI").mayNotBeAccessedByAnyLayer()
                .because("the front door composes xlsx + validation, the bridge and the CLI compose the front door, "
                        + "json and pdf; nothing below depends on what is above it (rule 3)");
    }

    // ---------------------------------------------------------------- 4. each library stays inside its module

    /** Rule 4a: POI / OOXML / XMLBeans types are used only in {@code xlsx.internal}. */
    static ArchRule poiOnlyInXlsxInternals(String root) {
        return libraryOnlyIn(root, POI, "POI types never leave forms-xlsx's internals (rule 4)",
                root + ".xlsx.internal..");
    }

    /** Rule 4b: no public API signature anywhere exposes a POI type. */
    static ArchRule publicApiDoesNotExposePoi(String root) {
        return classes().that(arePublicApi(root))
                .should(notExposeInTheirSignatures(resideInAnyPackage(POI), "POI types"))
                .because("POI types never leave forms-xlsx's internals (rule 4)");
    }

    /** Rule 4c: Woodstox (and its Stax2 API) is used only by the cell grid, in {@code xlsx.internal}. */
    static ArchRule woodstoxOnlyInXlsxInternals(String root) {
        return libraryOnlyIn(root, WOODSTOX, "Woodstox is the cell grid's parser, inside forms-xlsx (rule 4)",
                root + ".xlsx.internal..");
    }

    /** Rule 4d: PDFBox (and FontBox) are used only in {@code pdf.internal}. */
    static ArchRule pdfboxOnlyInPdfInternals(String root) {
        return libraryOnlyIn(root, PDFBOX, "PDFBox never leaves forms-pdf's internals (rule 4)",
                root + ".pdf.internal..");
    }

    /** Rule 4h: ZXing (the FAX codes' QR encoder) is used only in {@code pdf.internal}. */
    static ArchRule zxingOnlyInPdfInternals(String root) {
        return libraryOnlyIn(root, ZXING, "ZXing draws the FAX codes inside forms-pdf's internals (rule 4)",
                root + ".pdf.internal..");
    }

    /**
     * Rule 4e: Jackson, victools and JAXB are used only in internal packages of the modules that write JSON: forms-json
     * ({@code json.internal}), validation's report ({@code validation.internal}, the streaming writer
     * {@code ReportJson}), the bridge's API ({@code bridge.internal}) and the command line's output
     * ({@code cli.internal}, Jackson's generator). None exposes a Jackson type (rule 4g); forms-model, forms-xlsx,
     * forms-pdf and the front door never see Jackson.
     */
    static ArchRule jacksonOnlyInJsonInternals(String root) {
        return libraryOnlyIn(root, JACKSON, "Jackson belongs to the internals of the modules that write JSON: "
                        + "forms-json, the report's JSON (validation.internal), the bridge's API JSON and the command "
                        + "line's output (rule 4)",
                root + ".json.internal..", root + ".validation.internal..", root + ".bridge.internal..",
                root + ".cli.internal..");
    }

    /** Rule 4f: Hibernate Validator is used only in {@code validation.internal}. */
    static ArchRule hibernateValidatorOnlyInValidationInternals(String root) {
        return libraryOnlyIn(root, HIBERNATE_VALIDATOR, "Hibernate Validator never leaves validation's internals "
                + "(rule 4)", root + ".validation.internal..");
    }

    /** Rule 4g: no public API signature exposes a type of Woodstox, PDFBox, ZXing, Jackson or Hibernate Validator. */
    static ArchRule publicApiDoesNotExposeLibraries(String root) {
        String[] libraries = Stream.of(WOODSTOX, PDFBOX, ZXING, JACKSON, HIBERNATE_VALIDATOR).flatMap(Stream::of)
                .toArray(String[]::new);
        return classes().that(arePublicApi(root))
                .should(notExposeInTheirSignatures(resideInAnyPackage(libraries),
                        "Woodstox, PDFBox, Jackson or Hibernate Validator types"))
                .because("each library stays inside its module's internals (rule 4)");
    }

    /** No class below the root outside {@code allowed} depends on a class of {@code library}. */
    private static ArchRule libraryOnlyIn(String root, String[] library, String because, String... allowed) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(allowed)
                .should().dependOnClassesThat().resideInAnyPackage(library)
                .because(because);
    }

    // ---------------------------------------------------------------- 5. Javalin/Jetty stay inside the bridge

    /** Rule 5a: Javalin and Jetty are used only in the bridge. */
    static ArchRule javalinOnlyInTheBridge(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(root + ".bridge..")
                .should().dependOnClassesThat().resideInAnyPackage(JAVALIN_AND_JETTY)
                .because("only http-bridge knows the web server (rule 5)");
    }

    /**
     * Rule 5b: no public API signature exposes Javalin or Jetty types; {@code FormsBridge.create(config -> ...)}
     * wraps them. Checked on the whole public API (the bridge's is the one that matters, 5a covers the rest).
     */
    static ArchRule publicApiDoesNotExposeJavalin(String root) {
        return classes().that(arePublicApi(root))
                .should(notExposeInTheirSignatures(resideInAnyPackage(JAVALIN_AND_JETTY), "Javalin/Jetty types"))
                .because("the bridge's public entry point wraps Javalin and Jetty (rule 5)");
    }

    // ---------------------------------------------------------------- 6. internal packages stay internal

    /** Rule 6a: classes in {@code <root>.X..internal..} are used only by classes of the same module X. */
    static ArchRule internalPackagesAreUsedOnlyInTheirModule(String root) {
        return internalPackagesAreUsedOnlyInTheirModule(root, Map.of());
    }

    /**
     * Rule 6a with shared internals: an internal package (named below the root, e.g. {@code model.internal.io}) may
     * also be used by the modules it is shared with, as its module-info exports it to them (a qualified export).
     */
    static ArchRule internalPackagesAreUsedOnlyInTheirModule(String root, Map<String, Set<String>> sharedWith) {
        return classes().that().resideInAPackage(root + "..")
                .should(onlyUseInternalPackagesOfTheirOwnModule(root, sharedWith))
                .because("internal packages are not part of a module's API (rule 6)");
    }

    /** Rule 6b: public API signatures (return, parameter, field, throws and super types) expose no internal type. */
    static ArchRule publicApiDoesNotExposeInternalTypes(String root) {
        return classes().that(arePublicApi(root))
                .should(notExposeInTheirSignatures(areInternal(root), "internal types"))
                .because("internal packages are not part of a module's API (rule 6)");
    }

    // ---------------------------------------------------------------- 7. no cycles

    /**
     * Rule 7a: the feature slices {@code <root>.(*)..} (model, xlsx, json, pdf, validation, bridge, cli) are free of
     * cycles (the front door, the root package, is no slice: rule 3 keeps it between the siblings and the bridge).
     */
    static ArchRule modulesAreFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").namingSlices("module $1")
                .should().beFreeOfCycles()
                .because("modules form a DAG (rule 7)");
    }

    /**
     * Rule 7b: the model's sub-packages ({@code model.(*)..}: the nine form packages, {@code value}, {@code meta},
     * {@code common}, {@code constraints}, {@code internal}) are free of cycles.
     *
     * <p>The root package {@code <root>.model} is deliberately not a slice (the pattern needs a sub-package): it is the
     * hub. {@code FormRegistry} references every form package (and {@code internal.Descriptors}), while every form
     * package implements {@code Form} and uses {@code Choice}/{@code Defaults} from the root. Slicing the root would
     * report that intended hub as a cycle on every form and drown genuine cycles. Without it, any mutual dependency
     * between two sub-packages (a form package using another form, {@code value} using {@code meta} and back, or
     * {@code internal} reaching into a form) is still caught.
     */
    static ArchRule modelPackagesAreFreeOfCycles(String root) {
        return slices().matching(root + ".model.(*)..").namingSlices("model package $1")
                .should().beFreeOfCycles()
                .because("the model's packages form a DAG (rule 7)");
    }

    // ---------------------------------------------------------------- 8. every package is documented

    /**
     * Rule 8: every package that contains classes has a {@code package-info.java}.
     *
     * <p>ArchUnit imports the compiled {@code package-info} class. maven-compiler-plugin (3.10+) writes one for every
     * {@code package-info.java}, but plain javac (as used by some IDE builds) skips a file that carries no annotation,
     * only Javadoc. So a package also passes if its {@code package-info.java} is found in some module's
     * {@code src/main/java} of the checked-out project; the rule gives the same answer under Maven and in an IDE.
     */
    static ArchRule everyPackageHasPackageInfo(String root) {
        return all(packagesUnder(root))
                .should(havePackageInfo())
                .because("each package documents whether it is public API or internal (rule 8)");
    }

    // ---------------------------------------------------------------- 9. library code never prints

    /** Rule 9: no System.out / System.err / printStackTrace outside the CLI. */
    static ArchRule libraryCodeDoesNotPrint(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(root + ".cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("library code reports through return values and exceptions; only the CLI prints (rule 9)");
    }

    // ================================================================ building blocks

    /** The module of a package below the root ({@code model}, {@code xlsx}, ...), or "" for the root itself (the front door). */
    static String moduleOf(String root, String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return "";
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Whether a package lies below the root and has an {@code internal} segment. */
    static boolean isInternalPackage(String root, String packageName) {
        return packageName.startsWith(root + ".")
                && PackageMatchers.of("..internal..").test(packageName);
    }

    private static JavaClass baseType(JavaClass type) {
        return type.isArray() ? type.getBaseComponentType() : type;
    }

    private static DescribedPredicate<JavaClass> resideInAnyPackage(String... packages) {
        PackageMatchers matchers = PackageMatchers.of(packages);
        return DescribedPredicate.describe("reside in any package " + String.join(", ", packages),
                c -> matchers.test(baseType(c).getPackageName()));
    }

    private static DescribedPredicate<JavaClass> areInternal(String root) {
        return DescribedPredicate.describe("reside in an internal package of " + root,
                c -> isInternalPackage(root, baseType(c).getPackageName()));
    }

    /** Public classes (and public classes nested in public classes) in non-internal packages below the root. */
    static DescribedPredicate<JavaClass> arePublicApi(String root) {
        return DescribedPredicate.describe("are public API of " + root + " (public, in a non-internal package)",
                c -> c.getPackageName().startsWith(root)
                        && !isInternalPackage(root, c.getPackageName())
                        && !c.getSimpleName().equals("package-info")
                        && isVisibleFromOutside(c));
    }

    private static boolean isVisibleFromOutside(JavaClass c) {
        if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.isAnonymousClass() || c.isLocalClass()) {
            return false;
        }
        Optional<JavaClass> enclosing = c.getEnclosingClass();
        return enclosing.map(MedsecArchitecture::isVisibleFromOutside).orElse(true);
    }

    private static boolean isApiMember(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
                && !modifiers.contains(JavaModifier.SYNTHETIC)
                && !modifiers.contains(JavaModifier.BRIDGE);
    }

    /**
     * Checks the signature of a public API class: its super class and interfaces, and the types (including generic
     * type arguments and array components) of its public/protected fields, method return types, parameters and
     * declared exceptions, and constructor parameters.
     */
    static ArchCondition<JavaClass> notExposeInTheirSignatures(DescribedPredicate<JavaClass> forbidden,
                                                               String what) {
        return new ArchCondition<>("not expose " + what + " in their public signatures") {
            @Override
            public void check(JavaClass clazz, ConditionEvents events) {
                List<String> exposures = new ArrayList<>();
                clazz.getSuperclass().ifPresent(t -> collect(t, forbidden, "extends", exposures));
                clazz.getInterfaces().forEach(t -> collect(t, forbidden, "implements", exposures));
                for (JavaField field : clazz.getFields()) {
                    if (isApiMember(field)) {
                        collect(field.getType(), forbidden, "field " + field.getName(), exposures);
                    }
                }
                for (JavaCodeUnit unit : clazz.getCodeUnits()) {
                    if (!isApiMember(unit)) { // also skips the static initializer: it has no modifiers
                        continue;
                    }
                    String name = unit.isConstructor() ? "constructor" : "method " + unit.getName() + "()";
                    collect(unit.getReturnType(), forbidden, name + " returns", exposures);
                    for (JavaType parameter : unit.getParameterTypes()) {
                        collect(parameter, forbidden, name + " takes", exposures);
                    }
                    unit.getThrowsClause().getTypes()
                            .forEach(t -> collect(t, forbidden, name + " throws", exposures));
                }
                for (String exposure : exposures) {
                    events.add(SimpleConditionEvent.violated(clazz,
                            clazz.getName() + " exposes " + exposure + " in " + clazz.getSourceCodeLocation()));
                }
            }
        };
    }

    private static void collect(JavaType type, DescribedPredicate<JavaClass> forbidden, String where,
                                List<String> out) {
        for (JavaClass raw : type.getAllInvolvedRawTypes()) {
            if (forbidden.test(raw)) {
                out.add(where + " " + raw.getName());
            }
        }
    }

    static ArchCondition<JavaClass> onlyUseInternalPackagesOfTheirOwnModule(String root,
                                                                          Map<String, Set<String>> sharedWith) {
        return new ArchCondition<>("only use internal packages of their own module") {
            @Override
            public void check(JavaClass clazz, ConditionEvents events) {
                String ownModule = moduleOf(root, clazz.getPackageName());
                for (Dependency dependency : clazz.getDirectDependenciesFromSelf()) {
                    String target = baseType(dependency.getTargetClass()).getPackageName();
                    if (isInternalPackage(root, target) && !moduleOf(root, target).equals(ownModule)
                            && !sharedWith.getOrDefault(target.substring(root.length() + 1), Set.of())
                            .contains(ownModule)) {
                        events.add(SimpleConditionEvent.violated(dependency,
                                "module '" + ownModule + "' uses internals of module '" + moduleOf(root, target)
                                        + "': " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    // ---------------------------------------------------------------- packages as rule subjects

    private static AbstractClassesTransformer<JavaPackage> packagesUnder(String root) {
        return new AbstractClassesTransformer<>("packages under " + root + " that contain classes") {
            @Override
            public Iterable<JavaPackage> doTransform(JavaClasses classes) {
                // one entry per package, sorted by name for stable messages
                return classes.stream()
                        .filter(c -> c.getPackageName().equals(root) || c.getPackageName().startsWith(root + "."))
                        .filter(c -> !c.getSimpleName().equals("package-info"))
                        .map(JavaClass::getPackage)
                        .collect(Collectors.toMap(JavaPackage::getName, p -> p, (a, b) -> a,
                                TreeMap::new))
                        .values();
            }
        };
    }

    private static ArchCondition<JavaPackage> havePackageInfo() {
        return new ArchCondition<>("have a package-info.java") {
            @Override
            public void check(JavaPackage javaPackage, ConditionEvents events) {
                boolean present = javaPackage.tryGetPackageInfo().isPresent()
                        || packageInfoSourceExists(javaPackage.getName());
                Collection<String> members = new TreeSet<>();
                javaPackage.getClasses().forEach(c -> members.add(c.getSimpleName()));
                events.add(new SimpleConditionEvent(javaPackage, present,
                        "package " + javaPackage.getName() + (present ? " has" : " has no")
                                + " package-info.java (classes: " + String.join(", ", members) + ")"));
            }
        };
    }

    /** Whether {@code <module>/src/main/java/<package path>/package-info.java} exists in the project checkout. */
    static boolean packageInfoSourceExists(String packageName) {
        Optional<Path> projectRoot = projectRoot();
        if (projectRoot.isEmpty()) {
            return false;
        }
        Path relative = Path.of("src", "main", "java").resolve(packageName.replace('.', '/'))
                .resolve("package-info.java");
        try (Stream<Path> modules = Files.list(projectRoot.get())) {
            return modules.anyMatch(module -> Files.isRegularFile(module.resolve(relative)));
        } catch (IOException e) {
            return false;
        }
    }

    /** The reactor root: the first directory upwards from the working directory that holds arch-tests/pom.xml. */
    static Optional<Path> projectRoot() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("arch-tests").resolve("pom.xml"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}

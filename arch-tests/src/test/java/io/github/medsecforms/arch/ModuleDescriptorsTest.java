package io.github.medsecforms.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module descriptors (module-info.java) of the library modules, read from their compiled classes: each exports
 * exactly its API packages (every package of classes without an {@code internal} segment; packages of resources
 * only, such as the bridge's web page, stay unexported), internal packages only to the modules
 * {@link MedsecArchitecture#SHARED_INTERNALS} lists (so the ArchUnit rule and the descriptors agree), and no package
 * is in two modules.
 */
class ModuleDescriptorsTest {
    private static final String ROOT = ProductionArchitectureTest.ROOT;

    /** One class of each library module, by the module's name below the root ("" for the front door). */
    private static final Map<String, Class<?>> ANCHORS = Map.of(
            "model", io.github.medsecforms.model.Form.class,
            "xlsx", io.github.medsecforms.xlsx.FormReader.class,
            "json", io.github.medsecforms.json.FormJson.class,
            "pdf", io.github.medsecforms.pdf.FormPdf.class,
            "validation", io.github.medsecforms.validation.FormValidator.class,
            "", io.github.medsecforms.MedsecForms.class,
            "bridge", io.github.medsecforms.bridge.FormsBridge.class);

    /** The packages that hold classes, by module (a descriptor's packages also count directories of resources). */
    private static final Map<String, Set<String>> CLASS_PACKAGES = new TreeMap<>();

    @Test
    void every_library_module_has_a_descriptor_named_after_its_root_package() {
        Map<String, ModuleDescriptor> descriptors = descriptors();

        assertThat(descriptors).hasSize(ANCHORS.size());
        descriptors.forEach((module, d) ->
                assertThat(d.name()).isEqualTo(module.isEmpty() ? ROOT : ROOT + "." + module));
    }

    @Test
    void every_module_exports_its_api_packages_and_no_internal_one() {
        descriptors().forEach((module, d) -> {
            Set<String> api = CLASS_PACKAGES.get(module).stream()
                    .filter(p -> !MedsecArchitecture.isInternalPackage(ROOT, p)).collect(Collectors.toSet());
            Set<String> exportedToAll = d.exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
            assertThat(exportedToAll).as("packages %s exports to everyone", d.name()).isEqualTo(api);
        });
    }

    @Test
    void internal_packages_are_exported_only_to_the_modules_the_architecture_rule_shares_them_with() {
        Map<String, Set<String>> qualified = new TreeMap<>();
        descriptors().forEach((module, d) -> d.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
                .forEach(e -> qualified.put(e.source().substring(ROOT.length() + 1), e.targets().stream()
                        .map(t -> t.equals(ROOT) ? "" : t.substring(ROOT.length() + 1))
                        .collect(Collectors.toCollection(TreeSet::new)))));

        // an application on the class path (the CLI) has no descriptor to export to: it reads what it shares as is
        assertThat(qualified).isEqualTo(new TreeMap<>(MedsecArchitecture.SHARED_INTERNALS.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .filter(m -> !MedsecArchitecture.APPLICATIONS.contains(m))
                        .collect(Collectors.toCollection(TreeSet::new))))));
    }

    @Test
    void no_package_is_split_across_modules() {
        Set<String> seen = new HashSet<>();
        List<String> split = new ArrayList<>();
        descriptors().values().forEach(d -> d.packages().forEach(p -> {
            if (!seen.add(p)) {
                split.add(p);
            }
        }));

        assertThat(split).isEmpty();
        assertThat(seen).contains(ROOT + ".xlsx", ROOT + ".json", ROOT + ".pdf", ROOT);
    }

    private static Map<String, ModuleDescriptor> descriptors() {
        Map<String, ModuleDescriptor> out = new TreeMap<>();
        ANCHORS.forEach((module, anchor) -> {
            Path location;
            try {
                location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
            Set<ModuleReference> found = ModuleFinder.of(location).findAll();
            assertThat(found).as("a module descriptor in %s", location).hasSize(1);
            ModuleReference reference = found.iterator().next();
            ModuleDescriptor d = reference.descriptor();
            try (ModuleReader reader = reference.open(); Stream<String> entries = reader.list()) {
                CLASS_PACKAGES.put(module, entries.filter(e -> e.endsWith(".class") && e.contains("/"))
                        .map(e -> e.substring(0, e.lastIndexOf('/')).replace('/', '.'))
                        .collect(Collectors.toCollection(TreeSet::new)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(d.isAutomatic()).as("%s has a module-info.java", location).isFalse();
            out.put(module, d);
        });
        return out;
    }
}

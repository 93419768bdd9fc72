package org.runmend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package layers drawn in {@code docs/architecture.md}, held against the compiled classes
 * (ArchUnit), so the picture and the code cannot drift apart: a class that crosses a layer fails
 * the build with the class, the dependency and the line that made it.
 */
class LayersTest {
    /**
     * Every package under {@code org.runmend}, highest first: a package may depend on those to its
     * right, never on one to its left (the line "cli, web -> report, library, interview, diary,
     * training, assessment, accounts -> intake, importer, store, knowledge, activity" of the
     * architecture document, with {@code AppConfig}'s root package between the app and the features).
     */
    static final List<String> LAYERS = List.of(
            "cli",
            "web",
            "",
            "report",
            "library",
            "interview",
            "diary",
            "training",
            "assessment",
            "accounts",
            "intake",
            "importer",
            "store",
            "knowledge",
            "activity");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.runmend");

    private static String pkg(String layer) {
        return layer.isEmpty() ? "org.runmend" : "org.runmend." + layer + "..";
    }

    @Test
    void a_package_depends_only_on_packages_below_it() {
        for (int i = 1; i < LAYERS.size(); i++) {
            String[] above = LAYERS.subList(0, i).stream().map(LayersTest::pkg).toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage(pkg(LAYERS.get(i)))
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(above)
                    .because(
                            "docs/architecture.md: lower layers never import higher ones, and a feature uses only those "
                                    + "to its right (" + String.join(" > ", LAYERS.subList(i, LAYERS.size())) + ")")
                    .check(MAIN);
        }
    }

    @Test
    void every_package_has_its_place_in_the_layers() {
        Set<String> known = Set.copyOf(LAYERS.stream()
                .map(l -> l.isEmpty() ? "org.runmend" : "org.runmend." + l)
                .toList());
        List<String> unplaced = MAIN.stream()
                .map(c -> c.getPackageName())
                .filter(p -> known.stream()
                        .noneMatch(k -> p.equals(k) || (p.startsWith(k + ".") && !k.equals("org.runmend"))))
                .distinct()
                .toList();
        assertThat(unplaced)
                .as("packages missing from LayersTest.LAYERS and docs/architecture.md")
                .isEmpty();
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("org.runmend.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /**
     * The web app's feature packages ({@code painchecks}, {@code training}, {@code diary},
     * {@code accounts}, {@code guides}, {@code charts}) share the base package {@code org.runmend.web}
     * (the app, its chrome, templates, security and errors) and form no cycle among themselves.
     */
    @Test
    void web_feature_packages_have_no_cycles() {
        slices().matching("org.runmend.web.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /**
     * The base package {@code org.runmend.web} is what the feature packages share, so it knows none
     * of them; only the two classes that wire the app name them: {@code WebApp}, which builds the page
     * objects, and {@code Routes}, the route table that hands each address to a page method.
     */
    @Test
    void the_base_web_package_knows_no_feature_package_but_where_the_app_is_wired() {
        noClasses()
                .that()
                .resideInAPackage("org.runmend.web")
                .and()
                .haveNameNotMatching("org\\.runmend\\.web\\.(WebApp|Routes)(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.runmend.web.*..")
                .because("the base package holds what the feature packages share; only WebApp and Routes, which wire "
                        + "the app, name the feature packages' page classes")
                .check(MAIN);
    }

    @Test
    void only_web_knows_http() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.runmend.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..", "gg.jte..")
                .because("the core knows nothing of HTTP: only web imports Javalin, Jetty, the servlet API and jte")
                .check(MAIN);
    }

    @Test
    void only_cli_knows_the_terminal() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.runmend.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("picocli..", "me.tongfei.progressbar..")
                .because("only cli imports picocli")
                .check(MAIN);
    }

    /** A class named by its full name in code depends on it without an import line saying so. */
    @Test
    void no_class_is_named_by_its_full_name_in_code() throws IOException {
        Path root = Path.of("src/main/java/org/runmend");
        Pattern fullName = Pattern.compile("\\borg\\.runmend\\.(?:[a-z]\\w*\\.)*[A-Z]");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    boolean comment = Arrays.asList("*", "//", "/*").stream().anyMatch(line::startsWith);
                    if (!comment
                            && !line.startsWith("import ")
                            && !line.startsWith("package ")
                            && fullName.matcher(line).find()) {
                        found.add(name + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertThat(found)
                .as("classes named by their full name in code (import them instead)")
                .isEmpty();
    }
}

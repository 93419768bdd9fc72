package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: jte as designed. Every page template takes one typed model that names the template
 * and carries the request's {@link Chrome}; templates read the CSRF token and the runner from that
 * model, never from request state kept on the thread; and nothing renders a template from a map.
 */
class TemplateModelsTest {
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PARAM =
            Pattern.compile("^@param\\s+([\\w.<>, ]+?)\\s+(\\w+)\\s*(=.*)?$", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^@import\\s+([\\w.]+)\\s*$", Pattern.MULTILINE);
    /** A render call: everything from {@code render(} to the end of its statement. */
    private static final Pattern RENDER_CALL = Pattern.compile("\\.render\\((?s:.*?)\\);");

    @Test
    void no_template_reads_request_state_from_the_thread() throws IOException {
        for (Path t : files(TEMPLATES, ".jte")) {
            assertThat(Files.readString(t))
                    .as(t.toString())
                    .doesNotContain("RequestState")
                    .doesNotContain("ThreadLocal");
        }
        for (Path java : files(SOURCES.resolve("org/runmend/web"), ".java")) {
            assertThat(Files.readString(java)).as(java.toString()).doesNotContain("ThreadLocal");
        }
    }

    @Test
    void nothing_renders_a_template_from_a_map_or_by_name() throws IOException {
        for (Method m : Templates.class.getDeclaredMethods()) {
            if (m.getName().equals("render")) {
                assertThat(m.getParameterTypes()).as(m.toString()).containsExactly(View.class);
            }
        }
        for (Path java : files(SOURCES, ".java")) {
            String source = Files.readString(java);
            Matcher call = RENDER_CALL.matcher(source);
            while (call.find()) {
                String text = call.group();
                assertThat(text)
                        .as(java + ": " + text)
                        .doesNotContainPattern("\\bMap\\s*[.<]")
                        .doesNotContainPattern("render\\(\\s*\"");
            }
        }
    }

    @Test
    void the_app_builds_one_template_engine() throws IOException {
        List<String> building = new ArrayList<>();
        for (Path java : files(SOURCES, ".java")) {
            if (Files.readString(java).contains("new Templates(")) {
                building.add(java.getFileName().toString());
            }
        }
        assertThat(building).as("classes that build a template engine").containsExactly("WebApp.java");
    }

    /** Errors are answered in one place: only Errors writes the problem page; handlers throw. */
    @Test
    void only_the_app_writes_the_problem_page() throws IOException {
        List<String> writing = new ArrayList<>();
        for (Path java : files(SOURCES, ".java")) {
            String text = Files.readString(java);
            if (text.contains("Problem.of(") || text.contains("new Problem(Chrome")) {
                writing.add(java.getFileName().toString());
            }
        }
        assertThat(writing)
                .as("classes that write the problem page")
                .containsExactlyInAnyOrder("Errors.java", "Problem.java");
    }

    /**
     * A page template (one that fills the layout) takes exactly one parameter, a {@link View} whose
     * {@code template()} is that very template: the model and its page cannot be mixed up.
     */
    @Test
    void every_page_template_takes_one_model_that_names_it() throws Exception {
        List<String> pages = new ArrayList<>();
        for (Path t : files(TEMPLATES, ".jte")) {
            String text = Files.readString(t);
            if (!text.contains("@template.layout(")) {
                continue;
            }
            String name = TEMPLATES.relativize(t).toString().replace('\\', '/');
            pages.add(name);
            List<String[]> params = new ArrayList<>();
            Matcher p = PARAM.matcher(text);
            while (p.find()) {
                params.add(new String[] {p.group(1).trim(), p.group(2)});
            }
            assertThat(params).as(name + " takes one model").hasSize(1);
            Class<?> model = resolve(params.get(0)[0], text);
            assertThat(View.class.isAssignableFrom(model))
                    .as(name + ": " + model + " is a View")
                    .isTrue();
            assertThat(model.isRecord())
                    .as(name + ": " + model + " is a record")
                    .isTrue();
            assertThat(templateOf(model))
                    .as(name + ": the template " + model.getSimpleName() + " names")
                    .isEqualTo(name);
        }
        assertThat(pages).hasSizeGreaterThan(30);
    }

    /** The template a model record names, asked of an instance made of default values. */
    private static String templateOf(Class<?> record) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> canonical = record.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        Object[] args = Arrays.stream(types).map(TemplateModelsTest::defaultOf).toArray();
        return ((View) canonical.newInstance(args)).template();
    }

    private static Object defaultOf(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == java.util.List.class) {
            return List.of();
        }
        if (type == java.util.Map.class) {
            return java.util.Map.of();
        }
        return null;
    }

    /** A parameter's class, by its template's imports or its full name. */
    private static Class<?> resolve(String type, String template) throws ClassNotFoundException {
        String raw = type.replaceAll("<.*", "");
        if (raw.contains(".") && Character.isLowerCase(raw.charAt(0))) {
            return load(raw);
        }
        Matcher i = IMPORT.matcher(template);
        while (i.find()) {
            String imported = i.group(1);
            if (imported.endsWith("." + raw)) {
                return load(imported);
            }
        }
        throw new AssertionError("cannot resolve @param type " + type);
    }

    /** Loads a class by its source name, nested classes written with dots as in an import. */
    private static Class<?> load(String name) throws ClassNotFoundException {
        String n = name;
        while (true) {
            try {
                return Class.forName(n);
            } catch (ClassNotFoundException e) {
                int dot = n.lastIndexOf('.');
                if (dot < 0) {
                    throw e;
                }
                n = n.substring(0, dot) + "$" + n.substring(dot + 1);
            }
        }
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}

package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmend.web.Routes.Access;
import org.runmend.web.Routes.Method;
import org.runmend.web.Routes.Route;

/**
 * What a newcomer reads in the route table ({@link Routes}) holds for the running app: a route
 * marked signed-in turns a visitor away to log in (the API with 401), an open one does not, a
 * runner gets through, and no route is hidden behind one above it.
 */
class RoutesTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");
    private static final HttpClient VISITOR = HttpClient.newHttpClient();

    /** The GET routes without a path parameter: the ones a test can ask for as they are written. */
    private static List<Route> plainGets(Access access) {
        return t.app.routes().stream()
                .filter(r -> r.method() == Method.GET && !r.path().contains("{") && r.access() == access)
                .toList();
    }

    private static HttpResponse<String> visit(String path) throws Exception {
        return VISITOR.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + t.app.port() + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    private static boolean toLogIn(HttpResponse<String> r) {
        return r.statusCode() / 100 == 3 && location(r).startsWith("/login");
    }

    @Test
    void a_signed_in_route_sends_a_visitor_to_log_in_and_back_and_the_api_answers_401() throws Exception {
        List<Route> signedIn = plainGets(Access.SIGNED_IN);
        assertThat(signedIn).extracting(Route::path).contains("/log", "/diary", "/account", "/api/v1/activities");
        List<String> wrong = new ArrayList<>();
        for (Route r : signedIn) {
            HttpResponse<String> answer = visit(r.path());
            if (r.path().startsWith("/api/")) {
                if (answer.statusCode() != 401) {
                    wrong.add(r.path() + " answered " + answer.statusCode() + ", not 401");
                }
            } else if (!location(answer).equals("/login?next=" + URLEncoder.encode(r.path(), StandardCharsets.UTF_8))
                    || !toLogIn(answer)) {
                wrong.add(r.path() + " answered " + answer.statusCode() + " " + location(answer));
            }
        }
        assertThat(wrong)
                .as("signed-in routes a visitor was not sent to log in from")
                .isEmpty();
    }

    @Test
    void an_open_route_answers_a_visitor_without_sending_them_to_log_in() throws Exception {
        List<Route> open = plainGets(Access.ANYONE);
        assertThat(open).extracting(Route::path).contains("/", "/check", "/guides", "/login", "/health");
        List<String> wrong = new ArrayList<>();
        for (Route r : open) {
            HttpResponse<String> answer = visit(r.path());
            if (toLogIn(answer) || answer.statusCode() == 401 || answer.statusCode() == 404) {
                wrong.add(r.path() + " answered " + answer.statusCode() + " " + location(answer));
            }
        }
        assertThat(wrong).as("open routes that turned a visitor away").isEmpty();
    }

    @Test
    void a_signed_in_runner_gets_through_every_signed_in_route() throws Exception {
        WebClient runner = t.signUp("routes@example.org");
        List<String> wrong = new ArrayList<>();
        for (Route r : plainGets(Access.SIGNED_IN)) {
            HttpResponse<String> answer = runner.get(r.path());
            if (toLogIn(answer) || answer.statusCode() == 401) {
                wrong.add(r.path() + " answered " + answer.statusCode());
            }
        }
        assertThat(wrong)
                .as("signed-in routes that turned a signed-in runner away")
                .isEmpty();
    }

    /** Javalin takes the first route that matches: {@code /log/{id}} above {@code /log/new} would take "new" for an id. */
    @Test
    void no_route_is_hidden_by_a_route_above_it() {
        List<Route> table = t.app.routes();
        List<String> hidden = new ArrayList<>();
        for (int j = 0; j < table.size(); j++) {
            Route later = table.get(j);
            String asked = PARAMETER.matcher(later.path()).replaceAll("x1");
            for (Route earlier : table.subList(0, j)) {
                if (earlier.method() == later.method()
                        && pattern(earlier.path()).matcher(asked).matches()) {
                    hidden.add(later.method() + " " + later.path() + " is hidden by " + earlier.path() + " above it");
                }
            }
        }
        assertThat(hidden).isEmpty();
        // the check itself finds the mistake it is for
        assertThat(pattern("/log/{id}").matcher("/log/new").matches()).isTrue();
    }

    @Test
    void every_method_and_path_is_in_the_table_once() {
        Set<String> seen = new HashSet<>();
        List<String> twice = t.app.routes().stream()
                .map(r -> r.method() + " " + r.path())
                .filter(k -> !seen.add(k))
                .toList();
        assertThat(twice).isEmpty();
        assertThat(seen).hasSizeGreaterThan(90);
    }

    /** A path of the table as Javalin matches it: a {@code {parameter}} is one segment. */
    private static Pattern pattern(String path) {
        StringBuilder p = new StringBuilder();
        Matcher m = PARAMETER.matcher(path);
        int at = 0;
        while (m.find()) {
            p.append(Pattern.quote(path.substring(at, m.start()))).append("[^/]+");
            at = m.end();
        }
        return Pattern.compile(p.append(Pattern.quote(path.substring(at))).toString());
    }
}

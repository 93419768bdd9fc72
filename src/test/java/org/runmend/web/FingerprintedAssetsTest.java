package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pages name their stylesheet, scripts and icons by fingerprinted addresses, which a browser may
 * keep a year without asking again; any other address of an asset is revalidated. The service
 * worker is served with the same addresses written in, so a changed asset is a changed worker.
 */
class FingerprintedAssetsTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"");

    @Test
    void pages_name_assets_by_their_fingerprint_and_those_may_be_kept_a_year() throws Exception {
        WebClient runner = t.signUp("assets@example.org");
        String run = t.run("assets@example.org", org.runmend.support.TestClock.TODAY.minusDays(1), 5);
        Set<String> named = new LinkedHashSet<>();
        for (String path : new String[] {"/", "/check", "/guides", "/timer", "/log/" + run}) {
            Matcher m = ASSET.matcher(runner.get(path).body());
            while (m.find()) {
                named.add(m.group(1).replace("&amp;", "&"));
            }
        }
        assertThat(named)
                .as("the layout's and the activity page's assets")
                .contains(Assets.href("runmend.css"), Assets.href("runmend.js"), Assets.href("leaflet.js"))
                .allMatch(a -> a.matches("/assets/[a-z0-9.-]+\\?v=[0-9a-f]{16}"), "fingerprinted");
        for (String asset : named) {
            HttpResponse<String> r = runner.get(asset);
            assertThat(r.statusCode()).as(asset).isEqualTo(200);
            assertThat(r.headers().firstValue("Cache-Control")).as(asset).hasValue(Assets.KEEP_A_YEAR);
        }
    }

    @Test
    void assets_the_manifest_and_the_worker_carry_no_cookie_and_name_no_session() throws Exception {
        WebClient runner = t.signUp("no-cookie@example.org");
        WebClient visitor = new WebClient(t.app.port());
        for (WebClient c : List.of(runner, visitor)) {
            for (String path :
                    List.of(Assets.href("runmend.css"), "/assets/runmend.js", "/manifest.webmanifest", "/sw.js")) {
                HttpResponse<String> r = c.get(path);
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                assertThat(r.headers().allValues("Set-Cookie")).as(path).isEmpty();
                assertThat(r.headers().firstValue("RunMend-Session")).as(path).isEmpty();
            }
        }
        assertThat(runner.get(Assets.href("runmend.css")).headers().firstValue("Cache-Control"))
                .as("a signed-in runner's copy may be kept too")
                .hasValue(Assets.KEEP_A_YEAR);
    }

    @Test
    void an_asset_without_its_current_fingerprint_is_revalidated_and_an_unknown_one_is_not_found() throws Exception {
        WebClient c = new WebClient(t.app.port());
        for (String path : new String[] {"/assets/runmend.css", "/assets/runmend.css?v=0000000000000000"}) {
            HttpResponse<String> r = c.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
            String etag = r.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again =
                    c.send(HttpRequest.newBuilder(URI.create(c.base() + path)).header("If-None-Match", etag));
            assertThat(again.statusCode()).as(path + " revalidated").isEqualTo(304);
        }
        assertThat(c.get("/assets/other.css?v=0000000000000000").statusCode()).isEqualTo(404);
    }

    @Test
    void the_service_worker_is_served_with_the_current_addresses_and_changes_with_them() throws Exception {
        String worker = new WebClient(t.app.port()).get("/sw.js").body();
        assertThat(worker)
                .doesNotContain(AppShell.ASSET_LINE)
                .contains("\"runmend.css\": \"" + Assets.href("runmend.css") + "\"")
                .contains("\"runmend.js\": \"" + Assets.href("runmend.js") + "\"");

        SortedMap<String, String> changed = new TreeMap<>(Assets.hrefs());
        changed.put("runmend.css", "/assets/runmend.css?v=0123456789abcdef");
        assertThat(AppShell.worker(changed)).isNotEqualTo(AppShell.worker(Assets.hrefs()));
    }
}

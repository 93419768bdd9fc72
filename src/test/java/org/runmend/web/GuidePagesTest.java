package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GuidePagesTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    private static List<String> hits(String q) throws Exception {
        String page = new WebClient(t.app.port())
                .get("/guides/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                .body();
        Matcher m = Pattern.compile("class=\"hit\" data-slug=\"([^\"]+)\"").matcher(page);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void runners_words_find_the_right_guide_first() throws Exception {
        assertThat(hits("runner's knee")).first().isEqualTo("condition/patellofemoral-pain");
        assertThat(hits("shin splints")).first().isEqualTo("condition/medial-tibial-stress-syndrome");
    }

    @Test
    void a_search_nothing_fits_says_there_is_no_guide_on_it_yet() throws Exception {
        assertThat(hits("heel spur"))
                .contains("condition/plantar-fasciitis")
                .hasSizeLessThan(5)
                .noneSatisfy(s -> assertThat(s).contains("knee"));
        String page =
                new WebClient(t.app.port()).get("/guides/search?q=tennis+elbow").body();
        assertThat(page).contains("There is no guide on “tennis elbow” yet").doesNotContain("class=\"hit\"");
    }

    @Test
    void search_results_mark_the_matches_and_escape_the_query() throws Exception {
        String page = new WebClient(t.app.port())
                .get("/guides/search?q=" + URLEncoder.encode("heel <script>", StandardCharsets.UTF_8))
                .body();
        assertThat(page)
                .contains("heel &lt;script&gt;")
                .doesNotContain("heel <script>")
                .as("no guide is about 'script'")
                .contains("data-no-guide")
                .contains("There is no guide on");
        assertThat(new WebClient(t.app.port()).get("/guides/search?q=heel+pain").body())
                .contains("<mark>")
                .doesNotContain("data-no-guide");
        assertThat(new WebClient(t.app.port()).get("/guides/search?q=").body())
                .contains("Search the guides")
                .doesNotContain("class=\"hit\"");
    }

    @Test
    void a_guide_shows_sources_review_date_related_guides_and_a_share_link_and_counts_as_read() throws Exception {
        WebClient c = new WebClient(t.app.port());
        assertThat(c.get("/guides").body())
                .contains("By body area")
                .contains("By condition")
                .doesNotContain("Most read");
        var r = c.get("/guides/condition/plantar-fasciitis");
        assertThat(r.statusCode()).isEqualTo(200);
        String page = r.body();
        assertThat(page)
                .contains("<h2 id=\"sources-title\">Sources</h2>")
                .contains("Last reviewed <time datetime=")
                .contains("Related guides")
                .contains("value=\"/guides/condition/plantar-fasciitis\"")
                .contains("data-copy=\"#share-url\"");
        assertThat(c.get("/guides").body())
                .contains("Most read")
                .containsPattern("<ol class=\"most-read\">\\s*<li><a href=\"/guides/condition/plantar-fasciitis\">");
        assertThat(c.get("/guides/condition/no-such-thing").statusCode()).isEqualTo(404);
    }

    @Test
    void a_long_guide_opens_with_contents_linking_to_each_part() throws Exception {
        WebClient c = new WebClient(t.app.port());
        // as a crawler, so this read does not change the most-read list another test checks
        String page = c.send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(c.base() + "/guides/region/heel-bottom"))
                        .header("User-Agent", "contents-check-bot"))
                .body();
        int contents = page.indexOf("id=\"contents-title\"");
        assertThat(contents).isPositive().isLessThan(page.indexOf("class=\"guide-section"));
        Matcher links = Pattern.compile("<li><a href=\"#(sec-[a-z-]+)\">").matcher(page);
        List<String> anchors = new java.util.ArrayList<>();
        while (links.find()) {
            anchors.add(links.group(1));
        }
        assertThat(anchors)
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(a -> assertThat(page).contains("<h2 id=\"" + a + "\">"));
    }
}

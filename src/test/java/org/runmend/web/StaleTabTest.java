package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A diary note sent from a tab whose session ended elsewhere keeps its text: the refusal shows it,
 * asks the runner to log in, and then offers to send it on with a fresh token.
 */
class StaleTabTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    private static final String NOTE = "Knee ached on the stairs after the long run, better by lunch";

    @Test
    void a_note_from_a_logged_out_tab_is_kept_through_log_in_and_sent_on() throws Exception {
        WebClient c = t.signUp("stale@example.org");
        String diary = c.get("/diary").body();
        String oldToken = value(diary, "name=\"_csrf\" value=\"");
        c.post("/logout");

        HttpResponse<String> refused = c.send(HttpRequest.newBuilder(URI.create(c.base() + "/diary"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(form(
                        "_csrf",
                        oldToken,
                        "day",
                        org.runmend.support.TestClock.TODAY.toString(),
                        "region",
                        "knee",
                        "score",
                        "3",
                        "note",
                        NOTE))));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body())
                .contains("Log in again to send it")
                .contains(NOTE)
                .contains("name=\"resend-path\" value=\"/diary\"")
                .contains("name=\"resend.note\"")
                .doesNotContain("CSRF check failed");

        List<String> login =
                new ArrayList<>(List.of("email", "stale@example.org", "password", "velvet kettle migrates north"));
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"(resend[^\"]*)\" value=\"([^\"]*)\">")
                .matcher(refused.body());
        while (hidden.find()) {
            login.add(hidden.group(1));
            login.add(unescape(hidden.group(2)));
        }
        HttpResponse<String> in = c.post("/login", login.toArray(String[]::new));
        assertThat(in.statusCode()).isEqualTo(200);
        assertThat(in.body()).contains("Send it now").contains(NOTE).contains("action=\"/diary\"");

        List<String> send = new ArrayList<>();
        Matcher fields = Pattern.compile("<input type=\"hidden\" name=\"([^\"_][^\"]*)\" value=\"([^\"]*)\">")
                .matcher(in.body().substring(in.body().indexOf("data-resend")));
        while (fields.find()) {
            send.add(fields.group(1));
            send.add(unescape(fields.group(2)));
        }
        HttpResponse<String> sent = c.post("/diary", send.toArray(String[]::new));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(c.get("/diary").body()).contains(NOTE);
    }

    @Test
    void a_form_forged_on_another_site_is_refused_plainly() throws Exception {
        WebClient c = t.signUp("forged@example.org");
        HttpResponse<String> refused = c.send(HttpRequest.newBuilder(URI.create(c.base() + "/diary"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(form("_csrf", "forged-token-forged-token", "note", NOTE))));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(NOTE).doesNotContain("resend");
    }

    private static String value(String page, String before) {
        int i = page.indexOf(before) + before.length();
        return page.substring(i, page.indexOf('"', i));
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String form(String... kv) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            b.append(b.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(kv[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }
}

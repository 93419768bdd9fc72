package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 10, item 6: share links come from the configured public address, never from the request's Host header. */
class PublicAddressTest {
    @RegisterExtension
    static final PageTestApp configured = new PageTestApp(s -> s.withPublicUrl("https://runmend.example.org"));

    @RegisterExtension
    static final PageTestApp plain = new PageTestApp();

    /** The guide page as asked for with the given Host header (HttpClient will not set one itself). */
    private static String guide(PageTestApp app, String host) throws Exception {
        try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), app.app.port())) {
            s.getOutputStream()
                    .write(("GET /guides/condition/plantar-fasciitis HTTP/1.1\r\nHost: " + host
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String all = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(all).startsWith("HTTP/1.1 200");
            return all;
        }
    }

    @Test
    void with_a_public_address_the_share_link_uses_it_whatever_the_host_header_says() throws Exception {
        String page = guide(configured, "evil.example");
        assertThat(page)
                .contains("value=\"https://runmend.example.org/guides/condition/plantar-fasciitis\"")
                .doesNotContain("evil.example");
    }

    @Test
    void without_a_public_address_the_share_link_is_a_site_path_and_ignores_the_host_header() throws Exception {
        String page = guide(plain, "evil.example");
        assertThat(page)
                .contains("value=\"/guides/condition/plantar-fasciitis\"")
                .doesNotContain("evil.example");
    }

    @Test
    void a_public_address_that_is_not_an_http_address_is_refused_at_start_up() {
        for (String bad : new String[] {
            "runmend.example.org",
            "ftp://runmend.example.org/",
            "https://runmend.example.org/?x=1",
            "javascript:alert(1)"
        }) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebSettings.fromEnvironment(
                            java.util.Map.of("RUNMEND_PUBLIC_URL", bad), java.nio.file.Path.of("target")))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("RUNMEND_PUBLIC_URL");
        }
        assertThat(WebSettings.fromEnvironment(
                                java.util.Map.of("RUNMEND_PUBLIC_URL", "https://r.example.org/app"),
                                java.nio.file.Path.of("target"))
                        .publicUrl())
                .hasToString("https://r.example.org/app/");
    }
}

package org.runmend.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** A browser-like HTTP client for in-process tests: keeps cookies and sends the CSRF token with forms. */
final class WebClient {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(cookies).build();
    private String base;

    WebClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Points at another app instance, keeping the cookies (same site behind one address). */
    WebClient at(int port) {
        this.base = "http://127.0.0.1:" + port;
        return this;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    byte[] getBytes(String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
    }

    String csrf() throws Exception {
        String page = get("/").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page);
        if (m.find()) {
            return m.group(1);
        }
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(Security.CSRF_COOKIE))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    HttpResponse<String> post(String path, String... kv) throws Exception {
        StringJoiner form = new StringJoiner("&");
        for (int i = 0; i < kv.length; i += 2) {
            form.add(URLEncoder.encode(kv[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
        }
        form.add("_csrf=" + URLEncoder.encode(csrf(), StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("content-type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sets a cookie as a page's script would (runmend.js sets the browser's time zone this way). */
    void setCookie(String name, String value) {
        java.net.HttpCookie c = new java.net.HttpCookie(name, value);
        c.setPath("/");
        c.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), c);
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    String base() {
        return base;
    }
}

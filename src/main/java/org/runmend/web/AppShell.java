package org.runmend.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;

/**
 * What makes RunMend an installable app (issue 9): the web app manifest, the service worker at the
 * site's root (so its scope is the whole site), the page shown offline, and an exercise timer of
 * its own that works without a connection.
 */
public final class AppShell {
    /** The page shown when there is no connection. */
    public record Offline(Chrome chrome) implements View {
        @Override
        public String template() {
            return "app/offline.jte";
        }
    }

    /** The page shown offline when no result was kept on the device. */
    public record NoResult(Chrome chrome) implements View {
        @Override
        public String template() {
            return "app/no-result.jte";
        }
    }

    /** The exercise timer. */
    public record Timer(Chrome chrome) implements View {
        @Override
        public String template() {
            return "app/timer.jte";
        }
    }

    static final String MANIFEST = """
            {
              "name": "RunMend",
              "short_name": "RunMend",
              "description": "Pain check, self-care plans and training log for runners who hurt after running.",
              "id": "/",
              "start_url": "/",
              "scope": "/",
              "display": "standalone",
              "background_color": "#ffffff",
              "theme_color": "#0b4f8a",
              "icons": [
                {"src": "/assets/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any"},
                {"src": "/assets/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any"},
                {"src": "/assets/icon-maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable"}
              ],
              "shortcuts": [
                {"name": "Exercise timer", "url": "/timer"},
                {"name": "Guides", "url": "/guides"}
              ]
            }
            """;

    /** The line of sw.js the server fills in with the current assets' addresses. */
    static final String ASSET_LINE = "var ASSETS = {}, ASSETS_VERSION = 'none';";

    private final byte[] worker = worker(Assets.hrefs());
    private final Templates templates;

    AppShell(Templates templates) {
        this.templates = templates;
    }

    /** The web app manifest: name, icons, colours and shortcuts, revalidated on every visit. */
    public void manifest(Context ctx) {
        ctx.header("Cache-Control", "no-cache")
                .contentType("application/manifest+json")
                .result(MANIFEST);
    }

    /** The page the service worker shows when there is no connection. */
    public void offline(Context ctx) {
        ctx.html(templates.render(new Offline(Chrome.of(ctx))));
    }

    /** The page shown offline when no result was kept on the device. */
    public void noResult(Context ctx) {
        ctx.html(templates.render(new NoResult(Chrome.of(ctx))));
    }

    /** The exercise timer, which works without a connection. */
    public void timer(Context ctx) {
        ctx.html(templates.render(new Timer(Chrome.of(ctx))));
    }

    /**
     * sw.js with the fingerprinted address of every asset written in, and one fingerprint of them
     * all: a changed stylesheet or script makes a changed worker, which the browser installs.
     */
    static byte[] worker(SortedMap<String, String> hrefs) {
        String source = new String(Assets.read("/public/sw.js"), StandardCharsets.UTF_8);
        if (!source.contains(ASSET_LINE)) {
            throw new IllegalStateException(
                    "/public/sw.js has no line " + ASSET_LINE + " to write the asset addresses into");
        }
        StringBuilder json = new StringBuilder("{");
        hrefs.forEach((file, href) -> json.append(json.length() > 1 ? ", " : "")
                .append('"')
                .append(file)
                .append("\": \"")
                .append(href)
                .append('"'));
        json.append('}');
        String all =
                Assets.sha256(json.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return source.replace(ASSET_LINE, "var ASSETS = " + json + ", ASSETS_VERSION = '" + all + "';")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Never cached by the browser's HTTP cache, so a new version of the worker is found at once. */
    public void worker(Context ctx) {
        ctx.header("Cache-Control", "no-cache")
                .header("Service-Worker-Allowed", "/")
                .contentType("text/javascript; charset=utf-8")
                .result(worker);
    }
}

package org.runmend.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * What makes RunMend an installable app (issue 9): the web app manifest, the service worker at the
 * site's root (so its scope is the whole site), the page shown offline, and an exercise timer of
 * its own that works without a connection.
 */
final class AppShell {
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

    private final byte[] worker = Assets.read("/public/sw.js");
    private final Templates templates = new Templates();

    void register(RoutesConfig routes) {
        routes.get("/manifest.webmanifest", ctx -> ctx.header("Cache-Control", "no-cache")
                .contentType("application/manifest+json").result(MANIFEST));
        routes.get("/sw.js", this::worker);
        routes.get("/offline", ctx -> ctx.html(templates.render("app/offline.jte", Map.of())));
        routes.get("/offline/last-result", ctx -> ctx.html(templates.render("app/no-result.jte", Map.of())));
        routes.get("/timer", ctx -> ctx.html(templates.render("app/timer.jte", Map.of())));
    }

    /** Never cached by the browser's HTTP cache, so a new version of the worker is found at once. */
    private void worker(Context ctx) {
        ctx.header("Cache-Control", "no-cache").header("Service-Worker-Allowed", "/")
                .contentType("text/javascript; charset=utf-8").result(worker);
    }
}

package org.runmend.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The stylesheet and scripts of the pages, read once from {@code /public} on the classpath (and
 * Leaflet from its webjar, for the activity page's map only) and served with an ETag, so a
 * browser revalidates instead of downloading again.
 */
public final class Assets {
    /** Served file name to content type. */
    static final Map<String, String> FILES = Map.of(
            "runmend.css", "text/css; charset=utf-8",
            "runmend.js", "text/javascript; charset=utf-8",
            "route-map.js", "text/javascript; charset=utf-8",
            "leaflet.js", "text/javascript; charset=utf-8",
            "leaflet.css", "text/css; charset=utf-8",
            "icon-180.png", "image/png",
            "icon-192.png", "image/png",
            "icon-512.png", "image/png",
            "icon-maskable-512.png", "image/png");
    /** The Leaflet version of the webjar in pom.xml. */
    static final String LEAFLET = "1.9.4";

    private record Asset(byte[] bytes, String type, String etag) {}

    private final Map<String, Asset> assets;

    public Assets() {
        java.util.HashMap<String, Asset> m = new java.util.HashMap<>();
        FILES.forEach((name, type) -> {
            byte[] bytes = read(
                    name.startsWith("leaflet.")
                            ? "/META-INF/resources/webjars/leaflet/" + LEAFLET + "/dist/" + name
                            : "/public/" + name);
            m.put(name, new Asset(bytes, type, "\"" + sha256(bytes).substring(0, 16) + "\""));
        });
        this.assets = Map.copyOf(m);
    }

    public void serve(Context ctx) {
        serve(ctx, ctx.pathParam("file"));
    }

    /** Serves one asset by name; 404 for any other name. */
    void serve(Context ctx, String file) {
        Asset a = assets.get(file);
        if (a == null) {
            throw new NotFoundResponse("no such asset: " + file);
        }
        ctx.header("ETag", a.etag()).header("Cache-Control", "no-cache");
        if (a.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(a.type()).result(a.bytes());
    }

    /** The bytes of a served asset, for size reports and tests. */
    byte[] bytes(String file) {
        return assets.get(file).bytes().clone();
    }

    static byte[] read(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing web asset on the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web asset " + resource, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

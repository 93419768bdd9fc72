package org.runmend.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The stylesheet, scripts and icons of the pages, read once from {@code /public} on the classpath
 * (and Leaflet from its webjar, for the activity page's map only).
 *
 * <p>Pages name each asset by its fingerprinted address, {@code /assets/runmend.css?v=<hash>}
 * ({@link #href}). Asked for by the current fingerprint, an asset may be kept a year unasked
 * ({@code immutable}): a changed file has another address, so a page never meets a stylesheet
 * older or newer than itself, and a phone does not ask again for every page it opens. Asked for
 * without a fingerprint, or by an old one, it is served with an ETag to be revalidated.
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
    /** How a fingerprinted asset may be kept: a year, never revalidated. */
    static final String KEEP_A_YEAR = "public, max-age=31536000, immutable";

    /** {@code version}: the first 16 hex digits of the SHA-256 of the bytes. */
    private record Asset(byte[] bytes, String type, String version) {
        String etag() {
            return "\"" + version + "\"";
        }
    }

    /** Read once per JVM: the files on the classpath do not change while it runs. */
    private static final class Loaded {
        static final Map<String, Asset> ASSETS = load();
    }

    /** The address of an asset with its content's fingerprint, as pages name it. */
    public static String href(String file) {
        Asset a = Loaded.ASSETS.get(file);
        if (a == null) {
            throw new IllegalArgumentException(
                    "no such asset: " + file + " (known: " + new TreeMap<>(FILES).keySet() + ")");
        }
        return "/assets/" + file + "?v=" + a.version();
    }

    /** Every asset's fingerprinted address by file name, in name order. */
    static SortedMap<String, String> hrefs() {
        SortedMap<String, String> m = new TreeMap<>();
        FILES.keySet().forEach(f -> m.put(f, href(f)));
        return m;
    }

    public void serve(Context ctx) {
        serve(ctx, ctx.pathParam("file"));
    }

    /** Serves one asset by name; 404 for any other name. */
    void serve(Context ctx, String file) {
        Asset a = Loaded.ASSETS.get(file);
        if (a == null) {
            throw new NotFoundResponse("no such asset: " + file);
        }
        boolean pinned = a.version().equals(ctx.queryParam("v"));
        ctx.header("ETag", a.etag()).header("Cache-Control", pinned ? KEEP_A_YEAR : "no-cache");
        if (a.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(a.type()).result(a.bytes());
    }

    /** The bytes of a served asset, for size reports and tests. */
    byte[] bytes(String file) {
        return Loaded.ASSETS.get(file).bytes().clone();
    }

    private static Map<String, Asset> load() {
        Map<String, Asset> m = new HashMap<>();
        FILES.forEach((name, type) -> {
            byte[] bytes = read(
                    name.startsWith("leaflet.")
                            ? "/META-INF/resources/webjars/leaflet/" + LEAFLET + "/dist/" + name
                            : "/public/" + name);
            m.put(name, new Asset(bytes, type, sha256(bytes).substring(0, 16)));
        });
        return Map.copyOf(m);
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

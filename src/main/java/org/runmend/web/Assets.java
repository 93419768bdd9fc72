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
 * The one stylesheet and the one script of the pages, read once from {@code /public} on the
 * classpath and served with an ETag, so a browser revalidates instead of downloading again.
 */
final class Assets {
    /** Served file name to content type. */
    static final Map<String, String> FILES = Map.of(
            "runmend.css", "text/css; charset=utf-8",
            "runmend.js", "text/javascript; charset=utf-8");

    private record Asset(byte[] bytes, String type, String etag) {
    }

    private final Map<String, Asset> assets;

    Assets() {
        java.util.HashMap<String, Asset> m = new java.util.HashMap<>();
        FILES.forEach((name, type) -> {
            byte[] bytes = read("/public/" + name);
            m.put(name, new Asset(bytes, type, "\"" + sha256(bytes).substring(0, 16) + "\""));
        });
        this.assets = Map.copyOf(m);
    }

    void serve(Context ctx) {
        Asset a = assets.get(ctx.pathParam("file"));
        if (a == null) {
            throw new NotFoundResponse("no such asset: " + ctx.pathParam("file"));
        }
        ctx.header("ETag", a.etag()).header("Cache-Control", "no-cache");
        if (a.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(a.type()).result(a.bytes());
    }

    private static byte[] read(String resource) {
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

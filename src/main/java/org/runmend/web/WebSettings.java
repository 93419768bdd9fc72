package org.runmend.web;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * How the web app faces the network, read from the environment once at start-up.
 *
 * @param secureCookies  {@code RUNMEND_SECURE_COOKIES=true}: cookies are sent over HTTPS only
 * @param proxyHops      how many reverse proxies in front of RunMend append to {@code X-Forwarded-For}
 *                       ({@code RUNMEND_PROXY_HOPS=N}; {@code RUNMEND_TRUST_PROXY=true} means 1; 0 = no proxy,
 *                       the header is ignored)
 * @param publicUrl      the address runners reach RunMend at ({@code RUNMEND_PUBLIC_URL}, e.g.
 *                       {@code https://runmend.example.org/}), for share links; null = links are site paths
 * @param uploadDir      where uploads are streamed to while they are read ({@code DATA/uploads})
 * @param maxUploadBytes the largest upload (file, ZIP or form) accepted
 */
public record WebSettings(boolean secureCookies, int proxyHops, URI publicUrl, Path uploadDir, long maxUploadBytes) {
    /** The upload limit: a large Strava export ZIP fits. */
    public static final long MAX_UPLOAD_BYTES = 200L * 1024 * 1024;
    /** The limit of a JSON (or form) request body. */
    public static final int MAX_JSON_BYTES = 1024 * 1024;

    public WebSettings {
        if (proxyHops < 0 || proxyHops > 10) {
            throw new IllegalArgumentException("RUNMEND_PROXY_HOPS must be between 0 and 10, it is " + proxyHops);
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("the upload limit must be positive, it is " + maxUploadBytes);
        }
    }

    /** Settings from environment variables; uploads go to {@code dataDir/uploads}. */
    public static WebSettings fromEnvironment(Map<String, String> env, Path dataDir) {
        boolean secure = "true".equalsIgnoreCase(env.get("RUNMEND_SECURE_COOKIES"));
        int hops = 0;
        String hopsText = env.get("RUNMEND_PROXY_HOPS");
        if (hopsText != null && !hopsText.isBlank()) {
            try {
                hops = Integer.parseInt(hopsText.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "RUNMEND_PROXY_HOPS must be a whole number of proxies, like 1; it is '" + hopsText + "'");
            }
        } else if ("true".equalsIgnoreCase(env.get("RUNMEND_TRUST_PROXY"))) {
            hops = 1;
        }
        return new WebSettings(
                secure, hops, publicUrl(env.get("RUNMEND_PUBLIC_URL")), dataDir.resolve("uploads"), MAX_UPLOAD_BYTES);
    }

    /** Defaults for tests: no proxy, no public address, uploads under {@code dataDir}. */
    public static WebSettings defaults(Path dataDir) {
        return new WebSettings(false, 0, null, dataDir.resolve("uploads"), MAX_UPLOAD_BYTES);
    }

    public WebSettings withProxyHops(int hops) {
        return new WebSettings(secureCookies, hops, publicUrl, uploadDir, maxUploadBytes);
    }

    public WebSettings withPublicUrl(String url) {
        return new WebSettings(secureCookies, proxyHops, publicUrl(url), uploadDir, maxUploadBytes);
    }

    public WebSettings withUploadDir(Path dir) {
        return new WebSettings(secureCookies, proxyHops, publicUrl, dir, maxUploadBytes);
    }

    public WebSettings withMaxUploadBytes(long bytes) {
        return new WebSettings(secureCookies, proxyHops, publicUrl, uploadDir, bytes);
    }

    /** An http(s) address with a host and nothing after the path; always ends in {@code /}. */
    static URI publicUrl(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        URI u;
        try {
            u = URI.create(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "RUNMEND_PUBLIC_URL '" + text + "' is not an address: " + e.getMessage());
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || u.getHost() == null
                || u.getRawQuery() != null
                || u.getRawFragment() != null
                || u.getRawUserInfo() != null) {
            throw new IllegalArgumentException("RUNMEND_PUBLIC_URL '" + text
                    + "' must be an http or https address with a host and no query, like https://runmend.example.org/");
        }
        String s = u.toString();
        return URI.create(s.endsWith("/") ? s : s + "/");
    }
}

package org.runmend.library;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.runmend.store.Database;

/**
 * How often each guide was read, for the "most read" list. A view is an anonymous count per
 * guide and day (UTC): nothing ties it to a runner. Record a view when a guide page is served
 * to a person, not for previews or crawlers; the caller decides.
 */
public final class GuideViews {
    private static final Pattern SLUG = Pattern.compile("[a-z]+/[a-z0-9-]{1,100}");

    /** A guide and how often it was read. */
    public record Count(String slug, long views) {}

    private final Jdbi jdbi;
    private final Clock clock;

    public GuideViews(Database db, Clock clock) {
        this.jdbi = db.jdbi();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Counts one read of the guide at {@code slug}; throws {@link IllegalArgumentException} for a malformed slug. */
    public void record(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("guide slug '" + slug + "' is not like condition/plantar-fasciitis");
        }
        String day = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO guide_views (slug, day, views) VALUES (:slug, :day, 1) "
                        + "ON CONFLICT (slug, day) DO UPDATE SET views = guide_views.views + 1")
                .bind("slug", slug)
                .bind("day", day)
                .execute());
    }

    /**
     * Counts a read of the guide at {@code slug} by {@code visitor} (an opaque key the caller makes:
     * the runner, or the client's address and browser), at most once per visitor, guide and day
     * (UTC), so reloading a page, or a script asking for it again and again, does not push a guide
     * into the most read. Only a hash of the day and the visitor is kept, and only for that day.
     *
     * @return whether the view was counted
     */
    public boolean record(String slug, String visitor) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("guide slug '" + slug + "' is not like condition/plantar-fasciitis");
        }
        String day = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString();
        String who = sha256(day + "|" + Objects.requireNonNull(visitor, "visitor"));
        return jdbi.inTransaction(h -> {
            h.createUpdate("DELETE FROM guide_view_visitors WHERE day < :day")
                    .bind("day", day)
                    .execute();
            int added = h.createUpdate(
                            "INSERT INTO guide_view_visitors (day, visitor, slug) VALUES (:day, :who, :slug) "
                                    + "ON CONFLICT (day, visitor, slug) DO NOTHING")
                    .bind("day", day)
                    .bind("who", who)
                    .bind("slug", slug)
                    .execute();
            if (added == 0) {
                return false;
            }
            h.createUpdate("INSERT INTO guide_views (slug, day, views) VALUES (:slug, :day, 1) "
                            + "ON CONFLICT (slug, day) DO UPDATE SET views = guide_views.views + 1")
                    .bind("slug", slug)
                    .bind("day", day)
                    .execute();
            return true;
        });
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How often the guide was read in all. */
    public long views(String slug) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(views), 0) FROM guide_views WHERE slug = :slug")
                .bind("slug", slug)
                .mapTo(Long.class)
                .one());
    }

    /** The most read guides of all time, most read first; ties by slug. */
    public List<Count> mostRead(int limit) {
        return mostRead(limit, LocalDate.of(1970, 1, 1));
    }

    /** The most read guides from {@code since} (a UTC day) on, most read first; ties by slug. */
    public List<Count> mostRead(int limit, LocalDate since) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbi.withHandle(
                h -> h.createQuery("SELECT slug, SUM(views) AS total FROM guide_views WHERE day >= :since "
                                + "GROUP BY slug ORDER BY total DESC, slug LIMIT :limit")
                        .bind("since", since.toString())
                        .bind("limit", limit)
                        .map((rs, ctx) -> new Count(rs.getString("slug"), rs.getLong("total")))
                        .list());
    }
}

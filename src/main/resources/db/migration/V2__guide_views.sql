-- Anonymous read counts of the guide library, one row per guide and day (UTC), so the
-- "most read" list can look at all time or at recent weeks. No runner id: a view is a count.
-- Portable types and an upsert (INSERT ... ON CONFLICT) that SQLite 3.24+ and PostgreSQL 9.5+ accept.

CREATE TABLE guide_views (
    slug   VARCHAR(120) NOT NULL,
    day    VARCHAR(10) NOT NULL,
    views  BIGINT NOT NULL,
    PRIMARY KEY (slug, day)
);
CREATE INDEX guide_views_day ON guide_views(day);

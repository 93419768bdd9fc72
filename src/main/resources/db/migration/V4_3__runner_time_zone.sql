-- The time zone each runner's days are counted in (issue 11): an IANA id such as 'Europe/Berlin',
-- checked with java.time.ZoneId.of before it is stored. NULL until the runner signs up from a
-- browser that tells its zone or chooses one in the settings; the app then uses the browser's zone
-- for the request, else UTC. Portable across SQLite and PostgreSQL (ADD COLUMN, nullable).

ALTER TABLE runners ADD COLUMN zone VARCHAR(64);

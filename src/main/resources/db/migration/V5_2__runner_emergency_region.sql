-- The country whose emergency number a runner's urgent results offer to call (issue 18): an ISO
-- 3166 two-letter code such as 'GB', taken from the browser's language at sign-up and changed on
-- /settings. NULL: the browser's language decides per request, else 112.
-- Portable across SQLite and PostgreSQL (ADD COLUMN, nullable).

ALTER TABLE runners ADD COLUMN emergency_region VARCHAR(2);

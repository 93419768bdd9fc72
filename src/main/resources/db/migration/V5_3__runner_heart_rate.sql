-- The runner's own heart-rate figures for the zones (issue 18): maximum and resting heart rate in
-- beats per minute, and the year of birth for an age-based maximum when they do not know theirs.
-- All NULL until set on /settings. Portable across SQLite and PostgreSQL (ADD COLUMN, nullable).

ALTER TABLE runners ADD COLUMN max_hr INTEGER;
ALTER TABLE runners ADD COLUMN resting_hr INTEGER;
ALTER TABLE runners ADD COLUMN birth_year INTEGER;

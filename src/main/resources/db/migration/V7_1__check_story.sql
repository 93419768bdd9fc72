-- The runner's own words a pain check started from (issue 17): kept with the check, shown in the
-- clinician report and the data export. Null for a check started from the body map alone.
ALTER TABLE assessments ADD COLUMN story TEXT;

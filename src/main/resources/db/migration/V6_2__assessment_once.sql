-- Issue 19, item 15: a finished pain check is kept once per runner, however often its result is
-- saved (a double click, the back button, a saved handle sent again). case_hash is the SHA-256 of
-- the check's case as kept (its interview id and every answer); NULL for checks kept before, which
-- both databases allow any number of times in a unique index.
ALTER TABLE assessments ADD COLUMN case_hash VARCHAR(64);
CREATE UNIQUE INDEX assessments_runner_case ON assessments(runner_id, case_hash);

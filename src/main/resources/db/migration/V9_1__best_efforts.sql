-- Issue 18: each run's fastest stretch of the standard distances (training/BestEfforts), one row
-- per activity and distance, written at import. efforts_scanned marks the activities already
-- looked at (with or without efforts); runs imported before this version are looked at once, when
-- an activity page or the personal records first need them. Types and syntax both SQLite and
-- PostgreSQL accept; deleting an activity or a runner takes their efforts with them.
CREATE TABLE best_efforts (
    activity_id   VARCHAR(36) NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    runner_id     VARCHAR(36) NOT NULL REFERENCES runners(id) ON DELETE CASCADE,
    distance_m    INTEGER NOT NULL,
    seconds       DOUBLE PRECISION NOT NULL,
    start_m       DOUBLE PRECISION NOT NULL,
    start_s       DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (activity_id, distance_m)
);
CREATE INDEX best_efforts_runner ON best_efforts(runner_id, distance_m, seconds);
ALTER TABLE activities ADD COLUMN efforts_scanned BOOLEAN;

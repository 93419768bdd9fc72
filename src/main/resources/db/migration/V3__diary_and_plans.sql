-- Pain diary and self-care plan progress (issue 5). Portable across SQLite and PostgreSQL.

CREATE TABLE pain_entries (
    id          VARCHAR(36) PRIMARY KEY,
    runner_id   VARCHAR(36) NOT NULL REFERENCES runners(id) ON DELETE CASCADE,
    day         VARCHAR(10) NOT NULL,
    region      VARCHAR(30) NOT NULL,
    score       INTEGER NOT NULL,
    morning_after INTEGER,
    note        VARCHAR(500),
    activity_id VARCHAR(36) REFERENCES activities(id) ON DELETE SET NULL,
    created_at  BIGINT NOT NULL
);
CREATE UNIQUE INDEX pain_entries_day ON pain_entries(runner_id, day, region);

CREATE TABLE plans (
    id            VARCHAR(36) PRIMARY KEY,
    runner_id     VARCHAR(36) NOT NULL REFERENCES runners(id) ON DELETE CASCADE,
    condition_id  VARCHAR(60) NOT NULL,
    region        VARCHAR(30) NOT NULL,
    started_on    VARCHAR(10) NOT NULL,
    return_step   INTEGER NOT NULL,
    active        BOOLEAN NOT NULL,
    created_at    BIGINT NOT NULL
);
CREATE INDEX plans_runner ON plans(runner_id, active);

CREATE TABLE plan_checks (
    id          VARCHAR(36) PRIMARY KEY,
    plan_id     VARCHAR(36) NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    day         VARCHAR(10) NOT NULL,
    item_id     VARCHAR(80) NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE UNIQUE INDEX plan_checks_day ON plan_checks(plan_id, day, item_id);

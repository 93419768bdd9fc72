-- One schema for SQLite and PostgreSQL: only types and syntax both accept.
-- Ids are random UUID strings made by the application, so they cannot be guessed;
-- instants are epoch milliseconds, dates ISO text.

CREATE TABLE runners (
    id            VARCHAR(36) PRIMARY KEY,
    email         VARCHAR(254) NOT NULL UNIQUE,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    created_at    BIGINT NOT NULL
);

CREATE TABLE sessions (
    token_hash   VARCHAR(64) PRIMARY KEY,
    runner_id    VARCHAR(36) NOT NULL REFERENCES runners(id) ON DELETE CASCADE,
    csrf_token   VARCHAR(64) NOT NULL,
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL
);
CREATE INDEX sessions_runner ON sessions(runner_id);

CREATE TABLE login_attempts (
    id           VARCHAR(36) PRIMARY KEY,
    attempt_key  VARCHAR(300) NOT NULL,
    at           BIGINT NOT NULL
);
CREATE INDEX login_attempts_key ON login_attempts(attempt_key, at);

CREATE TABLE shoes (
    id           VARCHAR(36) PRIMARY KEY,
    runner_id    VARCHAR(36) NOT NULL REFERENCES runners(id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    start_date   VARCHAR(10) NOT NULL,
    alert_km     DOUBLE PRECISION NOT NULL,
    retired      BOOLEAN NOT NULL,
    is_default   BOOLEAN NOT NULL,
    created_at   BIGINT NOT NULL
);
CREATE INDEX shoes_runner ON shoes(runner_id);

CREATE TABLE activities (
    id             VARCHAR(36) PRIMARY KEY,
    runner_id      VARCHAR(36) NOT NULL REFERENCES runners(id) ON DELETE CASCADE,
    sport          VARCHAR(20) NOT NULL,
    start_ms       BIGINT NOT NULL,
    zone           VARCHAR(64) NOT NULL,
    distance_m     DOUBLE PRECISION NOT NULL,
    moving_s       BIGINT NOT NULL,
    elapsed_s      BIGINT NOT NULL,
    elevation_gain DOUBLE PRECISION,
    avg_hr         INTEGER,
    max_hr         INTEGER,
    avg_cadence    INTEGER,
    max_cadence    INTEGER,
    name           VARCHAR(200),
    source         VARCHAR(20) NOT NULL,
    source_name    VARCHAR(300),
    surface        VARCHAR(20),
    warmup         BOOLEAN,
    effort         INTEGER,
    shoe_id        VARCHAR(36) REFERENCES shoes(id) ON DELETE SET NULL,
    pain_region    VARCHAR(30),
    pain_score     INTEGER,
    laps_json      TEXT,
    samples_gz     TEXT,
    created_at     BIGINT NOT NULL
);
CREATE INDEX activities_runner_start ON activities(runner_id, start_ms);

CREATE TABLE assessments (
    id          VARCHAR(36) PRIMARY KEY,
    runner_id   VARCHAR(36) NOT NULL REFERENCES runners(id) ON DELETE CASCADE,
    created_at  BIGINT NOT NULL,
    region      VARCHAR(30) NOT NULL,
    triage      VARCHAR(20) NOT NULL,
    top_condition VARCHAR(60) NOT NULL,
    case_json   TEXT NOT NULL,
    result_json TEXT NOT NULL
);
CREATE INDEX assessments_runner ON assessments(runner_id, created_at);

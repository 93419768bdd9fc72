-- Password-reset links (issue 18). Only the SHA-256 of each link's random token is kept, so a copy
-- of the database cannot be used to reset anyone's password. A token works once (used_at is set)
-- and until expires_at (an hour after it was made). Rows stay until the runner is deleted, so the
-- number of links asked for an account in the last hour can be counted.
-- Portable across SQLite and PostgreSQL.

CREATE TABLE password_resets (
    token_hash  VARCHAR(64) PRIMARY KEY,
    runner_id   VARCHAR(36) NOT NULL REFERENCES runners(id) ON DELETE CASCADE,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT
);
CREATE INDEX password_resets_runner ON password_resets(runner_id, created_at);

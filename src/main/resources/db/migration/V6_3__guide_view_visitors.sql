-- Issue 19, item 15: a guide's view counts once per visitor and day. A visitor is a hash of the
-- day and who asked (the runner, or the client address and browser for someone not signed in),
-- never the address itself; rows of earlier days are deleted as new views come in.
CREATE TABLE guide_view_visitors (
    day      VARCHAR(10) NOT NULL,
    visitor  VARCHAR(64) NOT NULL,
    slug     VARCHAR(120) NOT NULL,
    PRIMARY KEY (day, visitor, slug)
);

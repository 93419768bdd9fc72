-- The distance unit each runner reads figures in (issue 9): 'km' or 'mi'. Distances stay stored
-- in metres. Version 4.2 leaves 4 and 4.1 free for other changes made at the same time.
-- Portable across SQLite and PostgreSQL (ADD COLUMN with a constant default).

ALTER TABLE runners ADD COLUMN units VARCHAR(2) NOT NULL DEFAULT 'km';

-- Investment as typed aggregates (ADR 6): a project year's target and a ledger month each carry the
-- version their one writer (Shepherding) checks and bumps on every write.
ALTER TABLE project_year_target ADD COLUMN version INT NOT NULL DEFAULT 0;
ALTER TABLE project_ledger ADD COLUMN version INT NOT NULL DEFAULT 0;

-- Many committees on one deployment (ADR 7): every register's table names the committee its records
-- belong to. Records whose committee is implied are not given one: a participation, a move, a ledger
-- month through its activity or project; an attachment, a notification or a history entry through
-- the record or account it belongs to. Existing records go to the one committee they belong to today.

-- A deployment always has a committee: a fresh one gets a placeholder its administrator renames.
INSERT INTO committee (name, level) SELECT '本委员会', 'COUNTY' WHERE NOT EXISTS (SELECT 1 FROM committee);

ALTER TABLE plenary_session ADD COLUMN committee_id BIGINT REFERENCES committee(id);
UPDATE plenary_session SET committee_id = (SELECT t.committee_id FROM term t WHERE t.id = plenary_session.term_id);
ALTER TABLE plenary_session ALTER COLUMN committee_id SET NOT NULL;

ALTER TABLE member ADD COLUMN committee_id BIGINT REFERENCES committee(id);
UPDATE member SET committee_id = (SELECT t.committee_id FROM term t WHERE t.id = member.term_id);
ALTER TABLE member ALTER COLUMN committee_id SET NOT NULL;
CREATE INDEX member_committee ON member (committee_id);

ALTER TABLE account ADD COLUMN committee_id BIGINT REFERENCES committee(id);
UPDATE account SET committee_id = COALESCE(
    (SELECT m.committee_id FROM member m WHERE m.id = account.member_id),
    (SELECT u.committee_id FROM unit u WHERE u.id = account.unit_id),
    (SELECT s.committee_id FROM special_committee s WHERE s.id = account.special_committee_id),
    (SELECT MIN(c.id) FROM committee c));
ALTER TABLE account ALTER COLUMN committee_id SET NOT NULL;

ALTER TABLE activity_type ADD COLUMN committee_id BIGINT REFERENCES committee(id);
UPDATE activity_type SET committee_id = (SELECT MIN(c.id) FROM committee c);
ALTER TABLE activity_type ALTER COLUMN committee_id SET NOT NULL;
ALTER TABLE activity_type DROP CONSTRAINT activity_type_name_uk;
ALTER TABLE activity_type ADD CONSTRAINT activity_type_name_uk UNIQUE (committee_id, name);

ALTER TABLE activity ADD COLUMN committee_id BIGINT REFERENCES committee(id);
UPDATE activity SET committee_id = COALESCE(
    (SELECT s.committee_id FROM special_committee s WHERE s.id = activity.special_committee_id),
    (SELECT MIN(c.id) FROM committee c));
ALTER TABLE activity ALTER COLUMN committee_id SET NOT NULL;
CREATE INDEX activity_committee_starts ON activity (committee_id, starts_at);

ALTER TABLE activity_outcome ADD COLUMN committee_id BIGINT REFERENCES committee(id);
UPDATE activity_outcome SET committee_id = (SELECT a.committee_id FROM activity a WHERE a.id = activity_outcome.activity_id);
ALTER TABLE activity_outcome ALTER COLUMN committee_id SET NOT NULL;

ALTER TABLE duty_report ADD COLUMN committee_id BIGINT REFERENCES committee(id);
UPDATE duty_report SET committee_id = (SELECT m.committee_id FROM member m WHERE m.id = duty_report.member_id);
ALTER TABLE duty_report ALTER COLUMN committee_id SET NOT NULL;

ALTER TABLE rectification ADD COLUMN committee_id BIGINT REFERENCES committee(id);
UPDATE rectification SET committee_id = COALESCE(
    (SELECT u.committee_id FROM unit u WHERE u.id = rectification.unit_id),
    (SELECT MIN(c.id) FROM committee c));
ALTER TABLE rectification ALTER COLUMN committee_id SET NOT NULL;

ALTER TABLE investment_project ADD COLUMN committee_id BIGINT REFERENCES committee(id);
UPDATE investment_project SET committee_id = (SELECT MIN(c.id) FROM committee c);
ALTER TABLE investment_project ALTER COLUMN committee_id SET NOT NULL;

ALTER TABLE project_milestone ADD COLUMN committee_id BIGINT REFERENCES committee(id);
UPDATE project_milestone SET committee_id = (SELECT p.committee_id FROM investment_project p WHERE p.id = project_milestone.project_id);
ALTER TABLE project_milestone ALTER COLUMN committee_id SET NOT NULL;

ALTER TABLE planned_project ADD COLUMN committee_id BIGINT REFERENCES committee(id);
UPDATE planned_project SET committee_id = (SELECT MIN(c.id) FROM committee c);
ALTER TABLE planned_project ALTER COLUMN committee_id SET NOT NULL;

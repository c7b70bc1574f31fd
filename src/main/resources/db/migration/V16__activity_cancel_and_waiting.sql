-- An activity may be cancelled instead of deleted: it stays visible as cancelled (已取消), takes no
-- more moves, is not counted, and its invitees are told why. The waiting lists of the home page
-- count pending leave and unanswered invitations per activity; the index keeps that one query fast.
ALTER TABLE activity ADD COLUMN cancelled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE activity ADD COLUMN cancel_reason VARCHAR(500);
CREATE INDEX participation_state ON participation (state, activity_id);

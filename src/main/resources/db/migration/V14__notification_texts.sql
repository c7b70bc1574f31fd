-- Notifications are read in the reader's language: each keeps its title's and body's message key
-- and arguments (arguments joined by the unit separator U+001F), beside the text as first made
-- (Chinese), which older rows and a missing key fall back to.
ALTER TABLE notification ADD COLUMN title_key VARCHAR(100);
ALTER TABLE notification ADD COLUMN title_args VARCHAR(1000);
ALTER TABLE notification ADD COLUMN body_key VARCHAR(100);
ALTER TABLE notification ADD COLUMN body_args VARCHAR(2000);

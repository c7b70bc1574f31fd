-- Similar proposals (ADR 10): before each lookup a node compares the committee's fingerprint of the
-- proposals that are not drafts (count, sum of versions, highest id) with the one its index was
-- built from. This index answers that from the index alone, without reading the proposals' rows.
CREATE INDEX proposal_fingerprint ON proposal (committee_id, status, version, id);

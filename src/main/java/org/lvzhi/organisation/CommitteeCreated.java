package org.lvzhi.organisation;

/**
 * A committee was added to the deployment (ADR 7). Published inside the transaction that adds it,
 * so that what modules set up for a new committee (its activity types, say) is made with it or not
 * at all.
 */
public record CommitteeCreated(long committeeId) {}

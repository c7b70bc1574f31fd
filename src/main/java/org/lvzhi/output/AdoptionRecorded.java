package org.lvzhi.output;

/** An adoption was recorded on a report or an output. */
public record AdoptionRecorded(String ownerType, long ownerId, long adoptionId, String level) {}

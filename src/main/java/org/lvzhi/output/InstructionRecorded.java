package org.lvzhi.output;

/** A leader's instruction was recorded on a report or an output. */
public record InstructionRecorded(
    String ownerType, long ownerId, long instructionId, String level) {}

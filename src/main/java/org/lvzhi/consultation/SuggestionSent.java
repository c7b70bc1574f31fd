package org.lvzhi.consultation;

/** A suggestion was sent to the department ({@code unitId}) that answers it. */
public record SuggestionSent(long suggestionId, long unitId) {}

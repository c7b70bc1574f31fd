package org.lvzhi.consultation;

/** A suggestion was recorded ({@code sourceKind} as {@link SourceKind#name()}). */
public record SuggestionMade(long suggestionId, String sourceKind, long sourceId) {}

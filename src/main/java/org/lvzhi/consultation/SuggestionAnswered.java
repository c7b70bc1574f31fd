package org.lvzhi.consultation;

/** The department answered a suggestion: adopted, being implemented or not adopted. */
public record SuggestionAnswered(long suggestionId, String outcome) {}

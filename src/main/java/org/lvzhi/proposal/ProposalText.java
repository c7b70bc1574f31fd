package org.lvzhi.proposal;

/**
 * What a proposal says: its subject (案由), the situation, the analysis, the suggestions and the
 * units its author suggests should handle it.
 */
public record ProposalText(
    String subject, String situation, String analysis, String suggestions, String suggestedUnits) {

  static final int SUBJECT_LENGTH = 200;
  static final int BODY_LENGTH = 6000;
  static final int UNITS_LENGTH = 500;

  /** Everything in one text, as the similarity search reads it. */
  public String whole() {
    StringBuilder text = new StringBuilder();
    for (String part : new String[] {subject, situation, analysis, suggestions}) {
      if (part != null) {
        text.append(part).append('\n');
      }
    }
    return text.toString();
  }
}

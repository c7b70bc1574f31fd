package org.lvzhi.output;

/** The kinds of written output: one register, one type field, not a table per kind. */
public enum OutputType {
  RESEARCH_REPORT,
  SUGGESTION,
  SPEECH,
  CONSULTATION_MINUTES,
  SUPERVISION_REPORT,
  REFLECTION,
  RESEARCH_REFLECTION
}

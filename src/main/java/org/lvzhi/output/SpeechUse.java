package org.lvzhi.output;

/** What became of a plenary speech (大会发言): used in writing, delivered orally, or not used. */
public enum SpeechUse {
  WRITTEN,
  ORAL,
  NOT_USED
}

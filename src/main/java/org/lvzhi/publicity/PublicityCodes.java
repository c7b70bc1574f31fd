package org.lvzhi.publicity;

/** The fixed sets of codes of publicity; their labels are the messages {@code publicity.tier.*}. */
final class PublicityCodes {

  private PublicityCodes() {}

  /** How far an outlet reaches; an article counts at its outlet's tier. */
  enum Tier {
    CENTRAL,
    PROVINCIAL,
    CITY,
    COUNTY
  }

  /** What kind of medium an outlet is. */
  enum Kind {
    NEWSPAPER,
    WEBSITE,
    NEW_MEDIA,
    BROADCAST
  }
}

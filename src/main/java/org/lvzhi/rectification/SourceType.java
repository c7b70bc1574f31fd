package org.lvzhi.rectification;

/**
 * Where problems come from. Codes are stored upper case; callers may name them in any case ({@code
 * "project"}). A new source is one more constant and its two labels.
 */
public enum SourceType {
  /** An investment project a leader or unit shepherds (包抓项目). */
  PROJECT,
  /** Democratic supervision (民主监督). */
  SUPERVISION;

  /** The source type named, in any case; refused where no such source exists. */
  public static SourceType parse(String name) {
    if (name != null) {
      for (SourceType type : values()) {
        if (type.name().equalsIgnoreCase(name.trim())) {
          return type;
        }
      }
    }
    throw new IllegalArgumentException("unknown problem source type: " + name);
  }

  public static boolean known(String name) {
    try {
      parse(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public String code() {
    return name();
  }
}

package org.lvzhi.system;

/** Where a redirect or a stored link may lead: only to pages of this site. */
public final class LocalPaths {

  private LocalPaths() {}

  /**
   * A path on this site: starts with one "/", no backslash, no spaces or control characters, not
   * absurdly long.
   */
  public static boolean isLocal(String path) {
    return path != null
        && path.startsWith("/")
        && !path.startsWith("//")
        && path.length() <= 1000
        && path.chars().noneMatch(c -> c == '\\' || c < 0x21 || c == 0x7f);
  }
}

package org.lvzhi.notification;

/** Links kept in notifications lead only to pages of this site. */
final class LocalPaths {

  private LocalPaths() {}

  /** A path on this site: starts with one "/", no backslash, no spaces or control characters. */
  static boolean isLocal(String path) {
    return path != null && path.startsWith("/") && !path.startsWith("//")
        && path.chars().noneMatch(c -> c == '\\' || c < 0x21 || c == 0x7f);
  }
}

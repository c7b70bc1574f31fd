package org.lvzhi.target;

import java.util.List;

/** A committee's campaign for a year (e.g. 三个年) and its themes, in their order. */
public record Campaign(long id, int year, String name, int version, List<Theme> themes) {

  /** A theme of the campaign (项目建设年 …), defined by the office. */
  public record Theme(long id, String name, int sortOrder, int version) {}
}

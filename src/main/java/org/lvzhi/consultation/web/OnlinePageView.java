package org.lvzhi.consultation.web;

import java.util.List;
import java.util.Map;
import org.lvzhi.consultation.OnlineConsultation;

/** An online consultation as a member or the office reads it on the page. */
public record OnlinePageView(
    OnlineConsultation consultation,
    List<Line> comments,
    boolean acceptsComments,
    boolean canComment,
    boolean moderator,
    List<SuggestionLine> suggestions,
    Map<Long, String> units) {

  /** One comment, with its author's name. */
  public record Line(
      long id,
      String author,
      String content,
      String postedAt,
      boolean hidden,
      String reason,
      boolean mine) {}
}

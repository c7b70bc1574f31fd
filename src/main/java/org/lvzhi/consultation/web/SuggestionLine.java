package org.lvzhi.consultation.web;

import java.util.Map;
import org.lvzhi.consultation.Suggestion;
import org.lvzhi.consultation.Suggestions;

/** One suggestion as a list row shows it. */
public record SuggestionLine(
    long id,
    String href,
    String content,
    String madeBy,
    String madeOn,
    String status,
    String statusLabel,
    String unitName,
    String answer) {

  static SuggestionLine of(
      Suggestion s, Map<Long, String> members, Map<Long, String> units, ConsultationViews views) {
    String by =
        s.author().memberId() != null
            ? members.getOrDefault(s.author().memberId(), "")
            : s.author().name() == null ? "" : s.author().name();
    return new SuggestionLine(
        s.id(),
        Suggestions.path(s.id()),
        s.content(),
        by,
        String.valueOf(s.madeOn()),
        s.status().name(),
        views.text("suggestionStatus." + s.status().name()),
        s.unitId() == null ? "" : units.getOrDefault(s.unitId(), ""),
        s.answer() == null ? "" : s.answer());
  }

  public String badge() {
    return switch (status) {
      case "ADOPTED" -> "text-bg-success";
      case "IMPLEMENTING" -> "text-bg-info";
      case "NOT_ADOPTED" -> "text-bg-secondary";
      case "SENT" -> "text-bg-primary";
      default -> "text-bg-light";
    };
  }
}

package org.lvzhi.opinion.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.lvzhi.history.Change;
import org.lvzhi.history.HistoryEntry;
import org.lvzhi.opinion.Bulletin;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts and rendering for the module's panels, in the reader's language. */
@Component
public class OpinionViews {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** One move of a record: when, who, what, and what it set. */
  public record Step(String when, String actor, String action, List<String> details) {}

  private final MessageSource messages;
  private final TemplateEngine templates;

  OpinionViews(MessageSource messages, TemplateEngine templates) {
    this.messages = messages;
    this.templates = templates;
  }

  String render(String template, Object panel) {
    StringOutput output = new StringOutput();
    templates.render(template, Map.of("panel", panel), output);
    return output.toString();
  }

  Function<String, String> labels() {
    Locale locale = LocaleContextHolder.getLocale();
    return key -> messages.getMessage(key, null, "??" + key + "??", locale);
  }

  String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }

  String issueTitle(Bulletin bulletin) {
    return text("opinion.bulletin.issueTitle", bulletin.name(), bulletin.year(), bulletin.number());
  }

  Step step(HistoryEntry entry, String statusField) {
    List<String> details = new ArrayList<>();
    for (Change change : entry.changes()) {
      if (!change.field().equals(statusField) && change.after() != null) {
        details.add(text("opinion.stepDetail", text(change.field()), change.after()));
      }
    }
    return new Step(
        WHEN.format(entry.occurredAt().atZoneSameInstant(SHANGHAI)),
        entry.actorName(),
        text("history.action." + entry.action()),
        details);
  }
}

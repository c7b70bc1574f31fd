package org.lvzhi.output.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.lvzhi.output.AdoptionLevel;
import org.lvzhi.output.AdoptionPanels;
import org.lvzhi.output.Adoptions;
import org.lvzhi.register.RecordPanel;
import org.lvzhi.system.CsrfField;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The adoptions and instructions on a record's page, with the forms to record one. */
@Component
public class AdoptionPanel implements AdoptionPanels {

  /** What the template shows. */
  public record View(
      String ownerType,
      long ownerId,
      List<Line> adoptions,
      List<Line> instructions,
      boolean mayRecord,
      Map<String, String> levels,
      String today,
      String csrfParameter,
      String csrfToken,
      Function<String, String> t) {}

  /** One adoption or instruction as a line: date, level, and what. */
  public record Line(String on, String level, String what, String detail) {}

  /** Looked up when used: the service takes this panel factory. */
  private final org.springframework.beans.factory.ObjectProvider<Adoptions> service;

  private final TemplateEngine templates;
  private final MessageSource messages;

  AdoptionPanel(
      org.springframework.beans.factory.ObjectProvider<Adoptions> service,
      TemplateEngine templates,
      MessageSource messages) {
    this.service = service;
    this.templates = templates;
    this.messages = messages;
  }

  @Override
  public RecordPanel panel(String ownerType) {
    return ownerId -> render(ownerType, ownerId);
  }

  private String render(String ownerType, long ownerId) {
    Adoptions adoptions = service.getObject();
    Adoptions.Outcomes outcomes = adoptions.of(ownerType, ownerId);
    Locale locale = LocaleContextHolder.getLocale();
    Function<String, String> t = key -> messages.getMessage(key, null, "??" + key + "??", locale);
    Map<String, String> levels = new java.util.LinkedHashMap<>();
    Arrays.stream(AdoptionLevel.values())
        .forEach(level -> levels.put(level.name(), t.apply("output.level." + level.name())));
    CsrfField csrf = CsrfField.current();
    View view =
        new View(
            ownerType,
            ownerId,
            outcomes.adoptions().stream()
                .map(a -> new Line(a.on().toString(), levels.get(a.level().name()), a.body(), ""))
                .toList(),
            outcomes.instructions().stream()
                .map(
                    i ->
                        new Line(
                            i.on().toString(),
                            levels.get(i.level().name()),
                            i.leader(),
                            i.content()))
                .toList(),
            adoptions.mayRecord(ownerType, ownerId),
            levels,
            adoptions.today().toString(),
            csrf.parameter(),
            csrf.token(),
            t);
    StringOutput output = new StringOutput();
    templates.render("output/adoptions.jte", Map.of("panel", view), output);
    return output.toString();
  }
}

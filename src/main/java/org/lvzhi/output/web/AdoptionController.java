package org.lvzhi.output.web;

import java.util.TreeMap;
import org.lvzhi.output.AdoptionLevel;
import org.lvzhi.output.Adoptions;
import org.lvzhi.output.FormDates;
import org.lvzhi.system.Flash;
import org.lvzhi.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms of the adoptions panel: each returns to the record's page with a message. */
@Controller
class AdoptionController {

  private final Adoptions adoptions;
  private final MessageSource messages;

  AdoptionController(Adoptions adoptions, MessageSource messages) {
    this.adoptions = adoptions;
    this.messages = messages;
  }

  @PostMapping("/adoptions/{ownerType}/{ownerId}/adopt")
  String adoptForm(
      @PathVariable String ownerType,
      @PathVariable long ownerId,
      @RequestParam(defaultValue = "") String level,
      @RequestParam(defaultValue = "") String body,
      @RequestParam(defaultValue = "") String on,
      RedirectAttributes redirect) {
    return attempt(
        ownerType,
        ownerId,
        redirect,
        () ->
            adoptions.adopt(
                ownerType,
                ownerId,
                FormDates.choice("level", AdoptionLevel.class, level),
                body,
                FormDates.parse("on", on)));
  }

  @PostMapping("/adoptions/{ownerType}/{ownerId}/instruct")
  String instructForm(
      @PathVariable String ownerType,
      @PathVariable long ownerId,
      @RequestParam(defaultValue = "") String level,
      @RequestParam(defaultValue = "") String leader,
      @RequestParam(defaultValue = "") String content,
      @RequestParam(defaultValue = "") String on,
      RedirectAttributes redirect) {
    return attempt(
        ownerType,
        ownerId,
        redirect,
        () ->
            adoptions.instruct(
                ownerType,
                ownerId,
                FormDates.choice("level", AdoptionLevel.class, level),
                leader,
                content,
                FormDates.parse("on", on)));
  }

  private String attempt(
      String ownerType, long ownerId, RedirectAttributes redirect, Runnable record) {
    try {
      record.run();
      Flash.notice(redirect, text("output.adoption.recorded"));
    } catch (InvalidInputException e) {
      Flash.warning(redirect, String.join(" ", new TreeMap<>(e.fieldErrors()).values()));
    } catch (org.lvzhi.system.RecordConflictException e) {
      Flash.warning(redirect, e.getMessage());
    }
    return "redirect:" + adoptions.pathOf(ownerType, ownerId);
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}

package org.lvzhi.attachment.web;

import org.lvzhi.attachment.Attachment;
import org.lvzhi.attachment.Attachments;
import org.lvzhi.system.Flash;
import org.lvzhi.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The panel's upload form, download links and delete buttons; each form goes back to the record's
 * page.
 */
@Controller
class AttachmentPageController {

  private final Attachments attachments;
  private final MultipartUploads uploads;
  private final MessageSource messages;

  AttachmentPageController(
      Attachments attachments, MultipartUploads uploads, MessageSource messages) {
    this.attachments = attachments;
    this.uploads = uploads;
    this.messages = messages;
  }

  @PostMapping("/attachments")
  View upload(
      @RequestParam String ownerType,
      @RequestParam long ownerId,
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(defaultValue = "/") String back,
      RedirectAttributes redirect) {
    try {
      Attachment stored = uploads.store(ownerType, ownerId, file);
      Flash.notice(redirect, text("attachment.uploaded", stored.filename()));
    } catch (InvalidInputException e) {
      Flash.warning(redirect, e.summary());
    }
    return backTo(back);
  }

  @GetMapping("/attachments/{id}")
  ResponseEntity<Resource> download(@PathVariable long id) {
    return Downloads.of(attachments.open(id));
  }

  @PostMapping("/attachments/{id}/delete")
  View delete(
      @PathVariable long id,
      @RequestParam(defaultValue = "/") String back,
      RedirectAttributes redirect) {
    attachments.delete(id);
    Flash.notice(redirect, text("attachment.deleted"));
    return backTo(back);
  }

  /** Back to the page the form was on: only ever a path on this site, else the home page. */
  static View backTo(String back) {
    var view = new RedirectView(org.lvzhi.system.LocalPaths.isLocal(back) ? back : "/", true);
    view.setExpandUriTemplateVariables(false);
    view.setExposeModelAttributes(false);
    return view;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}

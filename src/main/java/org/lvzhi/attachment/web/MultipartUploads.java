package org.lvzhi.attachment.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.lvzhi.attachment.Attachment;
import org.lvzhi.attachment.Attachments;
import org.lvzhi.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** A file from a form or an API call, handed to {@link Attachments#store}. */
@Component
class MultipartUploads {

  private final Attachments attachments;
  private final MessageSource messages;

  MultipartUploads(Attachments attachments, MessageSource messages) {
    this.attachments = attachments;
    this.messages = messages;
  }

  Attachment store(String ownerType, long ownerId, MultipartFile file) {
    if (file == null
        || (file.isEmpty()
            && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
      throw new InvalidInputException(
          Map.of(
              Attachments.UPLOAD_FIELD,
              messages.getMessage("attachment.required", null, LocaleContextHolder.getLocale())));
    }
    try (InputStream content = file.getInputStream()) {
      return attachments.store(ownerType, ownerId, file.getOriginalFilename(), content);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read an upload", e);
    }
  }
}

package org.lvzhi.attachment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.lvzhi.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What an upload must be: not empty, not over the size limit, and of an allowed type as sniffed
 * from its bytes. The name may refine what the content shows (an OLE2 file named .xls is an Excel
 * workbook) but never stand in for it: content without a recognised signature, or a bare ZIP
 * archive named like an Office document, is refused, and so is an executable named .pdf.
 */
@Component
class UploadRules {

  /** The form field refusals are reported against. */
  static final String FIELD = "file";

  private static final String UNKNOWN = MediaType.OCTET_STREAM.toString();
  private static final String ZIP = "application/zip";

  private final Tika tika = new Tika();
  private final MimeTypes registry = MimeTypes.getDefaultMimeTypes();
  private final long maxBytes;
  private final Set<String> allowed;
  private final MessageSource messages;

  UploadRules(AttachmentProperties properties, MessageSource messages) {
    this.maxBytes = properties.maxSize().toBytes();
    this.allowed =
        properties.allowedTypes().stream()
            .map(UploadRules::baseType)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    this.messages = messages;
  }

  long maxBytes() {
    return maxBytes;
  }

  /** How many leading bytes {@link #sniff} needs to see. */
  int headLength() {
    return registry.getMinLength();
  }

  /** Refuses an empty file and one over the limit. */
  void checkSize(String filename, long sizeBytes) {
    if (sizeBytes <= 0) {
      throw refusal("attachment.empty", filename);
    }
    if (sizeBytes > maxBytes) {
      throw refusal("attachment.tooLarge", filename, FileNames.size(maxBytes));
    }
  }

  /** The content type of a file from its leading bytes and name; refuses what is not allowed. */
  String sniff(byte[] head, String filename) {
    String byContent = baseType(tika.detect(head));
    String byContentAndName = baseType(tika.detect(head, filename));
    if (byContent.equals(UNKNOWN) || (byContent.equals(ZIP) && !byContentAndName.equals(ZIP))) {
      throw refusal("attachment.typeUnknown", filename, allowedNames());
    }
    if (!allowed.contains(byContentAndName)) {
      throw refusal("attachment.typeRefused", filename, byContentAndName, allowedNames());
    }
    return byContentAndName;
  }

  /** The extensions of the allowed types, for a file input's {@code accept}. */
  String accept() {
    return extensions().stream().collect(Collectors.joining(","));
  }

  /** The allowed types as people name them: PDF、DOCX、PNG … */
  String allowedNames() {
    return allowed.stream()
        .map(this::mimeType)
        .filter(Objects::nonNull)
        .map(
            type ->
                type.getExtensions().isEmpty()
                    ? type.getName()
                    : type.getExtension().substring(1).toUpperCase(Locale.ROOT))
        .distinct()
        .collect(Collectors.joining(message("attachment.typeSeparator")));
  }

  String help() {
    return message("attachment.help", allowedNames(), FileNames.size(maxBytes));
  }

  private List<String> extensions() {
    return allowed.stream()
        .map(this::mimeType)
        .filter(Objects::nonNull)
        .flatMap(type -> type.getExtensions().stream())
        .distinct()
        .toList();
  }

  private MimeType mimeType(String name) {
    try {
      return registry.getRegisteredMimeType(name);
    } catch (MimeTypeException e) {
      return null;
    }
  }

  private InvalidInputException refusal(String key, Object... args) {
    return new InvalidInputException(Map.of(FIELD, message(key, args)));
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }

  private static String baseType(String type) {
    MediaType parsed = MediaType.parse(type);
    return parsed == null ? UNKNOWN : parsed.getBaseType().toString();
  }
}

package org.lvzhi.attachment.web;

import java.nio.charset.StandardCharsets;
import org.lvzhi.attachment.Attachment;
import org.lvzhi.attachment.Download;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A download answer: always as an attachment (never shown inline), under the original name (RFC
 * 5987 {@code filename*}, with an ASCII fallback), with the sniffed type and {@code nosniff}.
 */
final class Downloads {

  private Downloads() {}

  static ResponseEntity<Resource> of(Download download) {
    Attachment attachment = download.attachment();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(attachment.contentType()))
        .contentLength(attachment.sizeBytes())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(attachment.filename(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(download.content());
  }
}
